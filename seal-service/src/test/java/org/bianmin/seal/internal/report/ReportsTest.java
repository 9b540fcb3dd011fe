package org.bianmin.seal.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckSeverity;
import org.bianmin.seal.Indication;
import org.bianmin.seal.SealDetails;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.format.Vectors;
import org.bianmin.seal.internal.verify.DefaultSealVerifier;
import org.bianmin.seal.internal.verify.Messages;
import org.bianmin.seal.internal.verify.TestSeals;
import org.junit.jupiter.api.Test;

/** The JSON shape is the documented one; HTML shows picture, details and checks in zh and en. */
class ReportsTest {
    private static final TestSeals PKI = new TestSeals();
    private final DefaultSealVerifier verifier = DefaultSealVerifier.standalone();

    private VerificationReport own() {
        return ownUnder(ValidationPolicy.defaults().withTrustAnchors(List.of(PKI.root.certificate())))
                .withSource("approval.ses");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonHasExactlyTheDocumentedShape() throws IOException {
        VerificationReport vendor = verifier.verifyOfd(Vectors.file("1.ofd"), ValidationPolicy.defaults())
                .withSource("1.ofd");
        JsonNode root = new ObjectMapper().readTree(JsonReport.toJson(List.of(own(), vendor)));
        assertEquals(List.of("files"), names(root));
        JsonNode file = root.get("files").get(0);
        assertEquals(List.of("file", "signatures"), names(file));
        assertEquals("approval.ses", file.get("file").asText());
        JsonNode sig = file.get("signatures").get(0);
        assertEquals(List.of("signatureId", "sealName", "esId", "signer", "signingTime", "indication",
                "subIndication", "checks"), names(sig));
        assertEquals("TOTAL_PASSED", sig.get("indication").asText());
        assertTrue(sig.get("subIndication").isNull());
        assertEquals(TestSeals.ES_ID, sig.get("esId").asText());
        JsonNode check = sig.get("checks").get(1);
        assertEquals(List.of("id", "result", "detail", "onFailure"), names(check));
        assertEquals("SIGNATURE_INTACT", check.get("id").asText());
        assertEquals(15, sig.get("checks").size());
        JsonNode vendorSig = root.get("files").get(1).get("signatures").get(0);
        assertEquals("2", vendorSig.get("signatureId").asText());
        assertEquals("INDETERMINATE", vendorSig.get("indication").asText());
        assertEquals("2020-07-23T13:09:07Z", vendorSig.get("signingTime").asText());
    }

    @Test
    void jsonNamesThePolicysAnswerToAFailureNotASeverity() throws IOException {
        VerificationReport report = ownUnder(ValidationPolicy.defaults()
                .withTrustAnchors(List.of(PKI.root.certificate()))
                .withSeverity(CheckId.TIMESTAMP, CheckSeverity.WARN)
                .withSeverity(CheckId.SEAL_STATUS, CheckSeverity.IGNORE));
        JsonNode checks = new ObjectMapper().readTree(JsonReport.toJson(List.of(report)))
                .get("files").get(0).get("signatures").get(0).get("checks");
        Map<String, String> onFailure = new LinkedHashMap<>();
        for (JsonNode check : checks) {
            assertFalse(check.has("severity"), check::toString);
            onFailure.put(check.get("id").asText(), check.get("onFailure").asText());
        }
        assertEquals("FAIL", onFailure.get("SIGNATURE_INTACT"));
        assertEquals("WARN", onFailure.get("TIMESTAMP"));
        assertEquals("IGNORE", onFailure.get("SEAL_STATUS"));
        assertEquals(15, onFailure.size());
    }

    @Test
    void htmlLabelsThePolicyColumnAsWhatHappensOnFailure() {
        VerificationReport report = ownUnder(ValidationPolicy.defaults()
                .withTrustAnchors(List.of(PKI.root.certificate()))
                .withSeverity(CheckId.TIMESTAMP, CheckSeverity.WARN));
        String html = HtmlReport.bilingual(List.of(report));
        assertTrue(html.contains("<th>策略：失败时</th>"), "the Chinese column header");
        assertTrue(html.contains("<th>Policy on failure</th>"), "the English column header");
        assertTrue(html.contains("<tr><td>SIGNATURE_INTACT</td><td class=\"PASSED\">PASSED</td>"),
                "the own signature passes");
        assertEquals(2, count(html, Pattern.compile(
                "<tr><td>SIGNATURE_INTACT</td><td class=\"PASSED\">PASSED</td><td>[^<]*</td>"
                        + "<td>(判定签章不通过|fail the signature)</td></tr>")), "one row per language");
        assertEquals(1, count(html, Pattern.compile("<tr><td>TIMESTAMP</td>.*?<td>warn, verdict unchanged</td></tr>")));
        assertEquals(1, count(html, Pattern.compile("<tr><td>TIMESTAMP</td>.*?<td>仅提示，不影响结论</td></tr>")));
        for (CheckSeverity severity : CheckSeverity.values()) {
            assertFalse(html.contains("<td>" + severity.name() + "</td>"), "a bare " + severity + " cell");
        }
    }

    private VerificationReport ownUnder(ValidationPolicy policy) {
        byte[] doc = "文书".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return verifier.verifyDetached(PKI.sign(doc).getDerEncoded(), new ByteArrayInputStream(doc), policy);
    }

    private static int count(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    @Test
    void htmlShowsPictureDetailsAndChecksInBothLanguages() {
        String html = HtmlReport.bilingual(List.of(own()));
        assertTrue(html.contains("data:image/png;base64,"));
        assertTrue(html.contains("width:42mm"));
        assertTrue(html.contains("电子签章验证报告"));
        assertTrue(html.contains("Seal verification report"));
        assertTrue(html.contains("泸定县兴隆镇人民政府审批服务专用章"));
        assertTrue(html.contains("制章者证书"));
        assertTrue(html.contains("SIGNER_AUTHORIZED"));
        assertTrue(html.contains("签章者证书在印章的签章者证书列表中"));
        assertTrue(html.contains("The signer certificate is in the seal&#39;s list of signers"));
    }

    @Test
    void htmlDrawsTheVendorsOfdPicture() {
        String html = HtmlReport.render(List.of(verifier.verifyOfd(Vectors.file("1.ofd"), ValidationPolicy.defaults())),
                Locale.ENGLISH);
        assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 30 20\" width=\"30mm\" "
                + "height=\"20mm\" role=\"img\" aria-label=\"Seal picture\">"), "drawn inline");
        assertTrue(html.contains(">国家税务总局</text>"));
        assertFalse(html.contains("not drawn") || html.contains("not shown"));
        assertFalse(html.contains("<script"));
    }

    @Test
    void htmlNamesPicturesItCannotShowAndSaysWhyAnOfdPictureIsNotDrawn() {
        String tiff = HtmlReport.render(List.of(withPicture("tif", new byte[] {'I', 'I', 42, 0})), Locale.ENGLISH);
        assertTrue(tiff.contains("<p>Picture of type tif (40 x 30 mm), not shown.</p>"), tiff);

        byte[] hostile = "PK<script>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String english = HtmlReport.render(List.of(withPicture("ofd", hostile)), Locale.ENGLISH);
        Matcher reason = Pattern.compile("<p>Picture of type ofd \\(40 x 30 mm\\) not drawn: ([^<]+)\\.</p>")
                .matcher(english);
        assertTrue(reason.find(), english);
        assertFalse(english.contains("<script") || english.contains("<svg"));
        String chinese = HtmlReport.render(List.of(withPicture("ofd", hostile)), Messages.ZH);
        assertTrue(chinese.contains("<p>图像类型 ofd（40 x 30 毫米）无法绘制：" + reason.group(1) + "。</p>"), chinese);
    }

    private static VerificationReport withPicture(String type, byte[] picture) {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        SealDetails seal = new SealDetails("51332200000001", "测试章", "GB/T 38540-2020", "TEST", 1, start,
                start.plusSeconds(86_400), type, picture, 40, 30, null);
        SignatureReport signature = new SignatureReport("seal", "GB/T 38540-2020 SESeal", seal.name(), seal.esId(),
                null, null, Indication.INDETERMINATE, SubIndication.NO_CERTIFICATE_CHAIN_FOUND, List.of(), seal, null);
        return new VerificationReport("picture.esl", start, List.of(signature));
    }

    @Test
    void bothBundlesHaveTheSameKeysAndEveryMessageRenders() throws IOException {
        Properties en = load("messages_en.properties");
        Properties zh = load("messages_zh.properties");
        assertEquals(en.keySet(), zh.keySet());
        List<String> args = List.of("a", "b", "c", "d", "e");
        for (Object key : en.keySet()) {
            for (Locale locale : List.of(Messages.EN, Messages.ZH)) {
                String text = Messages.render(locale, (String) key, args);
                assertFalse(text.contains("{") && !text.contains("'{'") && text.matches(".*\\{\\d.*"), key + ": " + text);
                assertFalse(text.contains("''"), key + ": " + text);
            }
        }
        assertTrue(Messages.render(Messages.EN, "seal.failed", List.of()).contains("maker's"));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
