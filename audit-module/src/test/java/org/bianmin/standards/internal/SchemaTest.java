package org.bianmin.standards.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bianmin.proxy.AgentRole;
import org.bianmin.standards.SiteCodes.Colour;
import org.bianmin.standards.SiteCodes.DisclosureField;
import org.bianmin.standards.SiteCodes.Employment;
import org.bianmin.standards.SiteCodes.Equipment;
import org.bianmin.standards.SiteCodes.Facility;
import org.bianmin.standards.SiteCodes.GovInfoTopic;
import org.bianmin.standards.SiteCodes.Orientation;
import org.bianmin.standards.SiteCodes.PublishedRule;
import org.bianmin.standards.SiteCodes.Typeface;
import org.bianmin.standards.SiteCodes.WindowKind;
import org.bianmin.standards.SiteCodes.Zone;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.SiteKind;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schema says what the reader accepts: the same properties and the same codes. */
class SchemaTest {
    private static JsonNode schema() throws Exception {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/org/bianmin/standards/internal/site-description.schema.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static Set<String> codes(JsonNode node) {
        Set<String> codes = new TreeSet<>();
        node.get("enum").forEach(code -> codes.add(code.asText()));
        return codes;
    }

    private static Set<String> names(Class<? extends Enum<?>> type) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(type.getEnumConstants()).forEach(constant -> names.add(constant.name()));
        return names;
    }

    private static Set<String> fields(JsonNode properties) {
        Set<String> names = new TreeSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> components(Class<?> record) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(record.getRecordComponents()).forEach(component -> names.add(component.getName()));
        return names;
    }

    @Test
    void propertiesMatchTheReader() throws Exception {
        JsonNode properties = schema().get("properties");
        assertEquals(components(SiteDescription.class), fields(properties));
        assertEquals(components(SiteDescription.Window.class), fields(properties.at("/windows/items/properties")));
        assertEquals(components(SiteDescription.Staff.class), fields(properties.at("/staff/items/properties")));
        assertEquals(components(SiteDescription.Badge.class),
                fields(properties.at("/staff/items/properties/badge/properties")));
        assertEquals(components(SiteDescription.Signage.class), fields(properties.at("/signage/properties")));
        assertEquals(components(SiteDescription.Seal.class), fields(properties.at("/seal/properties")));
        assertEquals(components(SiteDescription.Disclosure.class), fields(properties.at("/disclosure/properties")));
        assertEquals(components(SiteDescription.Emergency.class), fields(properties.at("/emergency/properties")));
        List<String> required = new ArrayList<>();
        schema().get("required").forEach(name -> required.add(name.asText()));
        assertEquals(List.of("kind", "name", "divisionCode"), required);
    }

    @Test
    void codesMatchTheReader() throws Exception {
        JsonNode p = schema().get("properties");
        assertEquals(names(SiteKind.class), codes(p.get("kind")));
        assertEquals(names(Zone.class), codes(p.at("/zones/items")));
        assertEquals(names(Equipment.class), codes(p.at("/equipment/items")));
        assertEquals(names(WindowKind.class), codes(p.at("/windows/items/properties/kind")));
        assertEquals(names(Facility.class), codes(p.at("/facilities/items")));
        assertEquals(names(PublishedRule.class), codes(p.at("/publishedRules/items")));
        assertEquals(names(Employment.class), codes(p.at("/staff/items/properties/employment")));
        assertEquals(names(AgentRole.class), codes(p.at("/staff/items/properties/role")));
        assertEquals(names(Colour.class), codes(p.at("/signage/properties/colour")));
        assertEquals(names(Typeface.class), codes(p.at("/signage/properties/typeface")));
        assertEquals(names(Orientation.class), codes(p.at("/signage/properties/orientation")));
        assertEquals(names(DisclosureField.class), codes(p.at("/disclosure/properties/fields/items")));
        assertEquals(names(GovInfoTopic.class), codes(p.at("/govInfoTopics/items")));
    }
}
