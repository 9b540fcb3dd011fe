package org.bianmin.seal.internal.ofd;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A hardened reader for the small XML files of an OFD package (OFD.xml, Document.xml,
 * Signatures.xml, Signature.xml): Woodstox's StAX parser with DTD support and external entities
 * off; any DOCTYPE or entity reference is refused (OWASP XXE prevention), nesting is at most
 * {@link #MAX_DEPTH} and the element count at most {@link #MAX_ELEMENTS}. Woodstox rather than the
 * JDK's parser: a whole-OFD verification parses ten or so small files, and the JDK's parser spends
 * more time setting up each reader than reading the file.
 */
public final class SafeXml {
    static final int MAX_DEPTH = 64;
    static final int MAX_ELEMENTS = 200_000;

    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** The root element of {@code xml}; {@code name} is the file's path, for messages. */
    public static XmlElement parse(byte[] xml, String name) throws OfdFormatException {
        return parse(xml, name, null);
    }

    /**
     * The root element of {@code xml} with only the children that come before its first child named
     * {@code stopAt}: the head of a file whose body is not needed (a page's resources come before its
     * content, GB/T 33190-2016 §7.7). The body is not read, so not checked either.
     */
    public static XmlElement parseHead(byte[] xml, String name, String stopAt) throws OfdFormatException {
        return parse(xml, name, stopAt);
    }

    private static XmlElement parse(byte[] xml, String name, String stopAt) throws OfdFormatException {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            Deque<Builder> stack = new ArrayDeque<>();
            XmlElement root = null;
            int elements = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new OfdFormatException(name
                            + ": a DOCTYPE (DTD) is not allowed in an OFD file");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new OfdFormatException(name
                            + ": entity reference '&" + reader.getLocalName() + ";' is not allowed");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++elements > MAX_ELEMENTS) {
                            throw new OfdFormatException(name + ": more than " + MAX_ELEMENTS + " elements");
                        }
                        if (stack.size() >= MAX_DEPTH) {
                            throw new OfdFormatException(name + ": elements nested deeper than " + MAX_DEPTH
                                    + " levels (line " + reader.getLocation().getLineNumber() + ")");
                        }
                        if (stack.size() == 1 && reader.getLocalName().equals(stopAt)) {
                            return stack.pop().build();
                        }
                        Map<String, String> attributes = new HashMap<>();
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        stack.push(new Builder(reader.getLocalName(), attributes));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!stack.isEmpty()) {
                            stack.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        XmlElement done = stack.pop().build();
                        if (stack.isEmpty()) {
                            root = done;
                        } else {
                            stack.peek().children.add(done);
                        }
                    }
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new OfdFormatException(name + ": no root element");
            }
            return root;
        } catch (XMLStreamException | RuntimeException e) {
            throw new OfdFormatException(name + ": not well-formed XML: " + firstLine(e.getMessage()), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing held
                }
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.strip().replace('\n', ' ');
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static final class Builder {
        private final String name;
        private final Map<String, String> attributes;
        private final StringBuilder text = new StringBuilder();
        private final List<XmlElement> children = new ArrayList<>();

        Builder(String name, Map<String, String> attributes) {
            this.name = name;
            this.attributes = attributes;
        }

        XmlElement build() {
            return new XmlElement(name, attributes, text.toString().strip(), children);
        }
    }
}
