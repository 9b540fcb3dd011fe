package org.bianmin.rest.openapi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonAnyFormatVisitor;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonArrayFormatVisitor;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonBooleanFormatVisitor;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonFormatTypes;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonFormatVisitable;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonIntegerFormatVisitor;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonMapFormatVisitor;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonNullFormatVisitor;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonNumberFormatVisitor;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonStringFormatVisitor;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonValueFormat;
import java.util.ArrayList;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Hears what one serializer says it writes (an object with these properties, an array of that, text
 * in a format or from a set of constants, a number) and keeps it as a schema; the properties' and
 * items' own types are described by {@link JsonShapes}. A byte array, which Jackson reports as an
 * array of integers but writes as Base64 text, is described as that text.
 */
final class ShapeVisitor extends JsonFormatVisitorWrapper.Base {
    private final JsonShapes shapes;
    private Schema schema = OASFactory.createSchema();

    ShapeVisitor(SerializerProvider provider, JsonShapes shapes) {
        super(provider);
        this.shapes = shapes;
    }

    /** What the serializer said; an empty schema (any JSON value) when it said nothing. */
    Schema schema() {
        return schema;
    }

    @Override
    public JsonObjectFormatVisitor expectObjectFormat(JavaType type) {
        Schema object = typed(SchemaType.OBJECT);
        return new JsonObjectFormatVisitor.Base(getProvider()) {
            @Override
            public void property(BeanProperty property) {
                object.addProperty(property.getName(), shapes.of(property.getType()));
            }

            @Override
            public void optionalProperty(BeanProperty property) {
                property(property);
            }

            @Override
            public void property(String name, JsonFormatVisitable handler, JavaType propertyType) {
                object.addProperty(name, shapes.of(propertyType));
            }

            @Override
            public void optionalProperty(String name, JsonFormatVisitable handler, JavaType propertyType) {
                property(name, handler, propertyType);
            }
        };
    }

    @Override
    public JsonArrayFormatVisitor expectArrayFormat(JavaType type) {
        if (type.getRawClass() == byte[].class) {
            typed(SchemaType.STRING).contentEncoding("base64");
            return null;
        }
        Schema array = typed(SchemaType.ARRAY);
        return new JsonArrayFormatVisitor.Base(getProvider()) {
            @Override
            public void itemsFormat(JsonFormatVisitable handler, JavaType elementType) {
                array.items(shapes.of(elementType));
            }

            @Override
            public void itemsFormat(JsonFormatTypes format) {
                Schema item = OASFactory.createSchema();
                array.items(format == JsonFormatTypes.ANY ? item : item.addType(SchemaType.valueOf(format.name())));
            }
        };
    }

    @Override
    public JsonMapFormatVisitor expectMapFormat(JavaType type) {
        Schema map = typed(SchemaType.OBJECT);
        return new JsonMapFormatVisitor.Base(getProvider()) {
            @Override
            public void valueFormat(JsonFormatVisitable handler, JavaType valueType) {
                map.additionalPropertiesSchema(shapes.of(valueType));
            }
        };
    }

    @Override
    public JsonStringFormatVisitor expectStringFormat(JavaType type) {
        Schema text = typed(SchemaType.STRING);
        return new JsonStringFormatVisitor.Base() {
            @Override
            public void format(JsonValueFormat format) {
                text.format(format.toString());
            }

            @Override
            public void enumTypes(Set<String> constants) {
                text.enumeration(new ArrayList<>(constants));
            }
        };
    }

    @Override
    public JsonIntegerFormatVisitor expectIntegerFormat(JavaType type) {
        return new NumberSize(typed(SchemaType.INTEGER));
    }

    @Override
    public JsonNumberFormatVisitor expectNumberFormat(JavaType type) {
        return new NumberSize(typed(SchemaType.NUMBER));
    }

    @Override
    public JsonBooleanFormatVisitor expectBooleanFormat(JavaType type) {
        typed(SchemaType.BOOLEAN);
        return null;
    }

    @Override
    public JsonNullFormatVisitor expectNullFormat(JavaType type) {
        typed(SchemaType.NULL);
        return null;
    }

    @Override
    public JsonAnyFormatVisitor expectAnyFormat(JavaType type) {
        return null;
    }

    private Schema typed(SchemaType type) {
        schema = OASFactory.createSchema().addType(type);
        return schema;
    }

    /** A number's size as its OpenAPI format: int32, int64, float, double; none for a big number. */
    private static final class NumberSize extends JsonNumberFormatVisitor.Base implements JsonIntegerFormatVisitor {
        private final Schema number;

        NumberSize(Schema number) {
            this.number = number;
        }

        @Override
        public void numberType(JsonParser.NumberType size) {
            number.format(size == null ? null : switch (size) {
                case INT -> "int32";
                case LONG -> "int64";
                case FLOAT -> "float";
                case DOUBLE -> "double";
                default -> null;
            });
        }
    }
}
