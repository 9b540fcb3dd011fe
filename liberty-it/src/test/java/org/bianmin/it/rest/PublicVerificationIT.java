package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The public verification page and its endpoint ({@code POST /api/public/verification}), without
 * login: a sealed document's verdict in plain words with the seal's picture and registry status and
 * nothing else; an oversize file refused (413, the IT server allows 1 MiB); an address past its
 * allowance of the minute refused with 429 and {@code Retry-After}.
 */
class PublicVerificationIT {
    @RegisterExtension
    static final Browser BROWSER = Browser.phone();
    private static String esId;
    private static byte[] document;

    @BeforeAll
    static void start() {
        esId = Seals.activeInCustodyOf("custodian.chen");
        document = SealedDocuments.sealedInvoice(esId, "泸测审-P1");
    }

    @Test
    void aCitizenReadsTheVerdictOfAGoodDocumentAndIsToldAnOversizeOneIsRefused() {
        BROWSER.open("/verify/");
        BROWSER.useLanguage("zh");
        BROWSER.open("/verify/");
        BROWSER.upload("#public-file", SealedDocuments.file("too-large.ofd", new byte[(1 << 20) + 1]));
        BROWSER.click("#public-submit");
        BROWSER.waitUntilAttribute("#public-error", "data-code", "REQUEST_TOO_LARGE");
        assertTrue(BROWSER.text("#public-error").startsWith("文件过大"), BROWSER.text("#public-error"));

        BROWSER.upload("#public-file", SealedDocuments.file("received.ofd", document));
        BROWSER.click("#public-submit");
        BROWSER.waitUntilAttribute("#verdict", "data-verdict", "TOTAL_PASSED");
        assertTrue(BROWSER.text("#verdict").startsWith("验证通过"), BROWSER.text("#verdict"));
        BROWSER.waitUntilAttribute(".registry-status", "data-status", "ACTIVE");
        assertTrue(BROWSER.text(".registry-status").contains("启用"), BROWSER.text(".registry-status"));
        assertEquals(1, BROWSER.all(".public-seal img.seal-picture").size());
        assertFalse(BROWSER.text("#public-result").contains(esId), "no seal code on the public page");
        BROWSER.screenshot("public-verify");

        BROWSER.click("#lang");
        BROWSER.waitUntilText("#verdict", "Verified.");
        assertTrue(BROWSER.text(".registry-status").contains("Active"), BROWSER.text(".registry-status"));
    }

    @Test
    void theAnswerHoldsTheVerdictPictureAndStatusOnly() {
        Api.Answer answer = Api.anonymous().postBytes("/api/public/verification", "application/ofd", document);
        assertEquals(200, answer.status(), answer::toString);
        JsonNode verdict = answer.json();
        assertEquals("TOTAL_PASSED", verdict.path("verdict").asText());
        JsonNode seal = verdict.path("seals").path(0);
        assertEquals("ACTIVE", seal.path("registryStatus").asText());
        assertEquals("image/png", seal.path("pictureType").asText());
        assertTrue(seal.path("picture").asText().startsWith("iVBORw0KGgo"), "a PNG picture");
        assertEquals(java.util.Set.of("name", "verdict", "reason", "pictureType", "picture", "registryStatus"),
                fieldNames(seal));
        assertFalse(answer.text().contains(esId), answer::toString);

        Api.Answer tampered = Api.anonymous().postBytes("/api/public/verification", "application/ofd",
                SealedDocuments.tampered(document));
        assertEquals("TOTAL_FAILED", tampered.json().path("verdict").asText(), tampered::toString);
        assertEquals("HASH_FAILURE", tampered.json().path("seals").path(0).path("reason").asText(), tampered::toString);
    }

    @Test
    void anAddressPastItsAllowanceIsRefusedWith429() throws IOException {
        // an address of its own (127.x.y.z is all loopback), so that no other test's requests count
        ThreadLocalRandom random = ThreadLocalRandom.current();
        InetAddress address = InetAddress.getByAddress(new byte[] {127, (byte) random.nextInt(1, 255),
            (byte) random.nextInt(1, 255), (byte) random.nextInt(1, 255)});
        byte[] garbage = "not an OFD".getBytes(StandardCharsets.US_ASCII);
        for (int i = 1; i <= 10; i++) {
            int status = status(post(address, garbage));
            assertTrue(status == 200 || status == 400, "request " + i + ": " + status);
        }
        String refused = post(address, garbage);
        assertEquals(429, status(refused), refused);
        assertTrue(refused.contains("\"code\":\"TOO_MANY_REQUESTS\""), refused);
        assertTrue(refused.toLowerCase().contains("retry-after: "), refused);
        InetAddress another = InetAddress.getByAddress(new byte[] {127, (byte) (address.getAddress()[1] % 254 + 1),
            address.getAddress()[2], address.getAddress()[3]});
        int status = status(post(another, garbage));
        assertTrue(status == 200 || status == 400, "another address is served: " + status);
    }

    private static java.util.Set<String> fieldNames(JsonNode node) {
        java.util.Set<String> names = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** A POST from the given local address, answered in full (HTTP/1.1, the connection closed). */
    private static String post(InetAddress from, byte[] body) throws IOException {
        try (Socket socket = TestTls.context().getSocketFactory().createSocket(InetAddress.getByName("127.0.0.1"),
                Api.base().getPort(), from, 0)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/public/verification HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/ofd\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
