package org.bianmin.standards.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Site descriptions for tests: the shipped pilot sites and complete examples, and edits of them. */
final class Sites {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Sites() {
    }

    static String pilot(String name) {
        return resource("/org/bianmin/standards/pilot/" + name + ".json");
    }

    static String completeCentre() {
        return resource("/org/bianmin/standards/internal/complete-centre.json");
    }

    static String completeRoom() {
        return resource("/org/bianmin/standards/internal/complete-room.json");
    }

    /** {@code json} changed by {@code edit}. */
    static String edit(String json, Consumer<ObjectNode> edit) {
        try {
            ObjectNode node = (ObjectNode) MAPPER.readTree(json);
            edit.accept(node);
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = Sites.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
