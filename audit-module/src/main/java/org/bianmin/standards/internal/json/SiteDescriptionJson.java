package org.bianmin.standards.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.standards.SiteDescription;

/**
 * Reads a site description from its JSON form (schema in the audit-module README), for the callers
 * that receive one as a file (the Gogo shell). JSON that does not fit the schema — not JSON at all,
 * an unknown property or code, a value of the wrong type — fails with
 * {@code SITE_DESCRIPTION_INVALID} naming the field, e.g. {@code equipment[12]}; the values
 * themselves are validated by the checker.
 */
public final class SiteDescriptionJson {
    private static final ObjectReader READER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .readerFor(SiteDescription.class);

    private SiteDescriptionJson() {
    }

    /** The description in {@code json}. */
    public static SiteDescription read(String json) {
        if (json == null || json.isBlank()) {
            throw invalid("the site description is empty");
        }
        SiteDescription site;
        try {
            site = READER.readValue(json);
        } catch (UnrecognizedPropertyException e) {
            throw invalid(path(e) + ": unknown property; the schema is in the audit-module README");
        } catch (InvalidFormatException e) {
            throw invalid(path(e) + ": '" + e.getValue() + "' is not allowed" + known(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw invalid((e.getPath().isEmpty() ? "site description" : path(e)) + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw invalid("the site description is not valid JSON: " + e.getOriginalMessage());
        }
        if (site == null) {
            throw invalid("the site description is empty");
        }
        return site;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String known(Class<?> type) {
        if (type == null || !type.isEnum()) {
            return "";
        }
        return "; known: " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", "));
    }

    private static BianminException invalid(String message) {
        return new BianminException(ErrorCode.SITE_DESCRIPTION_INVALID, message);
    }
}
