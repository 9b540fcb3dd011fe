package org.bianmin.rest.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes the bodies of every resource: the list names each class with {@code @Path}. */
class ApiResourcesTest {
    @Test
    void everyResourceClassIsListed() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        Set<String> resources = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("org/bianmin/rest"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (Class.forName(name, false, getClass().getClassLoader()).isAnnotationPresent(Path.class)) {
                    resources.add(name);
                }
            }
        }
        Set<String> listed = new TreeSet<>();
        ApiResources.ALL.forEach(type -> listed.add(type.getName()));
        assertTrue(resources.size() > 10, "the resource classes are found: " + resources);
        assertEquals(resources, listed);
    }
}
