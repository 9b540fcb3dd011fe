package org.bianmin.seal.internal.sealing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.bianmin.seal.internal.format.SealFormat;
import org.bianmin.seal.internal.ofd.OfdFormatException;
import org.bianmin.seal.internal.ofd.SafeXml;
import org.bianmin.seal.internal.ofd.XmlElement;

/**
 * The XML files a seal writes into an OFD package (GB/T 33190-2016 §18): the new signature's
 * Signature.xml (§18.2), the signature list Signatures.xml (§18.1), new or with one more entry, and
 * OFD.xml with its {@code DocBody/Signatures} pointer at the first seal (§7.4). Files that exist are
 * changed by inserting text, so that everything else in them keeps its bytes; each result is read
 * back and must say what was meant, or the document is refused.
 */
final class SignatureFiles {
    static final String NS = "http://www.ofdspec.org/2016";
    private static final DateTimeFormatter SIGNATURE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();
    private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)");

    private SignatureFiles() {
    }

    /**
     * The new signature's Signature.xml.
     *
     * @param references      absolute path ("/…") → base64 SM3 of the file, in the order to list them
     * @param stamps          the stamps, each with its ID
     * @param stampIds        the IDs of {@code stamps}, in the same order
     * @param sealPath        the absolute path of Seal.esl
     * @param signedValuePath the absolute path of SignedValue.dat
     */
    static byte[] signature(Instant at, Map<String, String> references, List<PlannedStamp> stamps,
            List<String> stampIds, String sealPath, String signedValuePath) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 + references.size() * 128);
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setPrefix("ofd", NS);
            w.writeStartElement(NS, "Signature");
            w.writeNamespace("ofd", NS);
            w.writeStartElement(NS, "SignedInfo");
            w.writeEmptyElement(NS, "Provider");
            w.writeAttribute("ProviderName", "Bianmin");
            w.writeAttribute("Version", "1.0");
            w.writeAttribute("Company", "Bianmin");
            text(w, "SignatureMethod", SealFormat.SM3_WITH_SM2);
            text(w, "SignatureDateTime", SIGNATURE_TIME.format(at));
            w.writeStartElement(NS, "References");
            w.writeAttribute("CheckMethod", SealFormat.SM3);
            for (Map.Entry<String, String> ref : references.entrySet()) {
                w.writeStartElement(NS, "Reference");
                w.writeAttribute("FileRef", ref.getKey());
                text(w, "CheckValue", ref.getValue());
                w.writeEndElement();
            }
            w.writeEndElement();
            for (int i = 0; i < stamps.size(); i++) {
                PlannedStamp stamp = stamps.get(i);
                w.writeEmptyElement(NS, "StampAnnot");
                w.writeAttribute("ID", stampIds.get(i));
                w.writeAttribute("PageRef", stamp.page().id());
                w.writeAttribute("Boundary", stamp.boundary().text());
                if (stamp.clip() != null) {
                    w.writeAttribute("Clip", stamp.clip().text());
                }
            }
            w.writeStartElement(NS, "Seal");
            text(w, "BaseLoc", sealPath);
            w.writeEndElement();
            w.writeEndElement();
            text(w, "SignedValue", signedValuePath);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Signature.xml could not be written", e);
        }
        return out.toByteArray();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(NS, name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    /** A new Signatures.xml listing one signature, with MaxSignId {@code maxId}. */
    static byte[] newList(String id, String signaturePath, String maxId) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Signatures xmlns:ofd=\"" + NS + "\"><ofd:MaxSignId>"
                + escape(maxId) + "</ofd:MaxSignId>" + entry("ofd:", id, signaturePath) + "</ofd:Signatures>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code list} with one more signature entry and its MaxSignId set to {@code maxId}. */
    static byte[] appended(byte[] list, String path, String id, String signaturePath, String maxId)
            throws OfdFormatException {
        String xml = utf8(list, path);
        Matcher root = Pattern.compile("<(\\w+:)?Signatures\\b[^>]*>").matcher(xml);
        Matcher end = Pattern.compile("</(\\w+:)?Signatures\\s*>\\s*$").matcher(xml);
        if (!root.find() || !end.find()) {
            throw new OfdFormatException(path + ": no Signatures element to add the signature to");
        }
        String prefix = root.group(1) == null ? "" : root.group(1);
        String maxSignId = "<" + prefix + "MaxSignId>" + escape(maxId) + "</" + prefix + "MaxSignId>";
        Matcher max = Pattern.compile("<" + Pattern.quote(prefix) + "MaxSignId\\s*>[^<]*</" + Pattern.quote(prefix)
                + "MaxSignId\\s*>").matcher(xml);
        String withEntry = xml.substring(0, end.start()) + entry(prefix, id, signaturePath) + xml.substring(end.start());
        String changed = max.find()
                ? withEntry.substring(0, max.start()) + maxSignId + withEntry.substring(max.end())
                : withEntry.substring(0, root.end()) + maxSignId + withEntry.substring(root.end());
        byte[] out = changed.getBytes(StandardCharsets.UTF_8);
        XmlElement read = SafeXml.parse(out, path);
        boolean listed = read.children("Signature").stream()
                .anyMatch(s -> id.equals(s.attribute("ID")) && signaturePath.equals(s.attribute("BaseLoc")));
        if (!listed || !maxId.equals(read.childText("MaxSignId").strip())) {
            throw new OfdFormatException(path + ": the signature could not be added to the list");
        }
        return out;
    }

    /** OFD.xml with {@code signaturesPath} as its first DocBody's Signatures. */
    static byte[] withSignaturesPointer(byte[] ofdXml, String signaturesPath) throws OfdFormatException {
        String xml = utf8(ofdXml, "OFD.xml");
        Matcher docRoot = Pattern.compile("</(\\w+:)?DocRoot\\s*>").matcher(xml);
        if (!docRoot.find()) {
            throw new OfdFormatException("OFD.xml: no DocRoot to add the signatures after");
        }
        String prefix = docRoot.group(1) == null ? "" : docRoot.group(1);
        String changed = xml.substring(0, docRoot.end()) + "<" + prefix + "Signatures>" + escape(signaturesPath)
                + "</" + prefix + "Signatures>" + xml.substring(docRoot.end());
        byte[] out = changed.getBytes(StandardCharsets.UTF_8);
        XmlElement body = SafeXml.parse(out, "OFD.xml").child("DocBody");
        if (body == null || !signaturesPath.equals(body.childText("Signatures"))) {
            throw new OfdFormatException("OFD.xml: the signature list could not be added to its first DocBody");
        }
        return out;
    }

    private static String entry(String prefix, String id, String signaturePath) {
        return "<" + prefix + "Signature ID=\"" + escape(id) + "\" Type=\"Seal\" BaseLoc=\"" + escape(signaturePath)
                + "\"/>";
    }

    private static String utf8(byte[] xml, String path) throws OfdFormatException {
        String text = new String(xml, StandardCharsets.UTF_8);
        Matcher declared = ENCODING.matcher(text);
        if (declared.find() && !declared.group(1).equalsIgnoreCase("UTF-8")) {
            throw new OfdFormatException(path + " is encoded in " + declared.group(1)
                    + "; only UTF-8 files can be changed when sealing");
        }
        return text;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
