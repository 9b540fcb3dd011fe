package org.bianmin.seal.internal.ofd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A read-only element of a small XML file: local name, attributes by local name, text, children.
 *
 * @param name       the local name (namespace prefix dropped; OFD writes {@code ofd:})
 * @param attributes attribute values by local name
 * @param text       the concatenated character data directly inside the element, stripped
 * @param children   child elements in document order
 */
public record XmlElement(String name, Map<String, String> attributes, String text, List<XmlElement> children) {
    public XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /** The first child called {@code local}, or null. */
    public XmlElement child(String local) {
        for (XmlElement c : children) {
            if (c.name.equals(local)) {
                return c;
            }
        }
        return null;
    }

    /** Every child called {@code local}. */
    public List<XmlElement> children(String local) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(local)) {
                found.add(c);
            }
        }
        return found;
    }

    /** The text of the first child called {@code local}, or null. */
    public String childText(String local) {
        XmlElement c = child(local);
        return c == null ? null : c.text;
    }

    /** An attribute by local name, or null. */
    public String attribute(String local) {
        return attributes.get(local);
    }
}
