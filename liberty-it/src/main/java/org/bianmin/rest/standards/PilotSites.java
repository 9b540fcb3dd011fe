package org.bianmin.rest.standards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The site descriptions of the plan's annex-2 provincial pilot sites (泸定县标准化规范化便利化试点镇村
 * 名单): 兴隆镇 and 冷碛镇 centres, 和平村 and 杵坭村 service rooms. The build copies them from the
 * standards checks' own resources, so the web application checks exactly the published files.
 */
public final class PilotSites {
    /** The four pilot sites, centres first. */
    public static final List<String> NAMES = List.of("xinglong-centre", "lengqi-centre", "heping-room", "chuni-room");

    private PilotSites() {
    }

    /** The JSON site descriptions, in {@link #NAMES} order. */
    public static List<String> descriptions() {
        List<String> descriptions = new ArrayList<>();
        for (String name : NAMES) {
            try (InputStream in = PilotSites.class.getResourceAsStream("pilot/" + name + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("the pilot site description " + name + " is missing from the build");
                }
                descriptions.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return descriptions;
    }
}
