package org.bianmin.rest.openapi;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The JSON shape of the API's Java types as OpenAPI 3.1 schemas, taken from the very mapper that
 * reads and writes the bodies ({@code support.JsonMapping}): its serializers describe what they write
 * (Jackson's JSON format visitors), so a record's fields, an enum's constants, the times and codes
 * written as text cannot differ between the document and the wire. Bianmin's own objects and enums
 * (the core-api records, the REST layer's bodies) become named component schemas that the operations
 * reference; everything else, its value types written as text among them, is described in place.
 */
final class JsonShapes {
    private static final String PACKAGE = "org.bianmin.";

    private final ObjectMapper mapper;
    private final SerializerProvider provider;
    private final Map<String, Schema> components = new TreeMap<>();
    private final Map<String, Class<?>> named = new TreeMap<>();

    JsonShapes(ObjectMapper mapper) {
        this.mapper = mapper;
        this.provider = mapper.getSerializerProviderInstance();
    }

    /** The schema of {@code type} as a body: a reference for Bianmin's own types, else in place. */
    Schema of(Type type) {
        return of(mapper.constructType(type));
    }

    Schema of(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (!raw.getName().startsWith(PACKAGE) || raw.isAnonymousClass()) {
            return described(type);
        }
        String name = nameOf(raw);
        if (!components.containsKey(name)) {
            components.put(name, null);     // taken while it is described, so a type that refers to itself ends
            Schema schema = described(type);
            if (!isNamed(schema)) {
                components.remove(name);
                return schema;
            }
            components.put(name, schema);
        }
        return OASFactory.createSchema().ref(name);
    }

    /** Objects and enums are named; a value written as plain text or a number (a division code) is not. */
    private static boolean isNamed(Schema schema) {
        return schema.getEnumeration() != null || schema.getType() != null && schema.getType().contains(SchemaType.OBJECT);
    }

    /** The named schemas described so far, by component name. */
    Map<String, Schema> components() {
        return components;
    }

    /** The component name of one of Bianmin's types: its name within its package ({@code ProxyBodies.Reach}). */
    String nameOf(Class<?> type) {
        String name = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
        Class<?> holder = named.putIfAbsent(name, type);
        if (holder == null || holder == type) {
            return name;
        }
        String qualified = type.getName().substring(PACKAGE.length()).replace('$', '.');
        named.putIfAbsent(qualified, type);
        return qualified;
    }

    private Schema described(JavaType type) {
        ShapeVisitor visitor = new ShapeVisitor(provider, this);
        try {
            provider.findValueSerializer(type).acceptJsonFormatVisitor(visitor, type);
        } catch (JsonMappingException e) {
            throw new IllegalStateException("the JSON shape of " + type + " cannot be described", e);
        }
        return visitor.schema();
    }
}
