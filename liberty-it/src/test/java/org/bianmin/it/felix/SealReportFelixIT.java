package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.bianmin.seal.ReportFormat;
import org.bianmin.seal.SealReportRenderer;
import org.bianmin.seal.SealVerifier;
import org.bianmin.seal.VerificationReport;
import org.junit.jupiter.api.Test;

/**
 * The report renderer is an OSGi service of the seal bundle that a client holding only core-api
 * types can use: a vendor OFD verified through {@link SealVerifier} is rendered as the bilingual
 * HTML page (its OFD seal picture drawn) and as English text.
 */
class SealReportFelixIT {
    @Test
    void aVerificationReportIsRenderedThroughTheOsgiService() throws Exception {
        try (FelixRuntime felix = FelixRuntime.builder(FelixRuntime.Mode.TYPED_API).selectedDatabase().start()) {
            SealVerifier verifier = felix.service(SealVerifier.class);
            SealReportRenderer renderer = felix.service(SealReportRenderer.class);
            VerificationReport report;
            try (InputStream ofd = Files.newInputStream(Path.of(System.getProperty("bianmin.vectors.dir",
                    "target/seal-vectors")).resolve("1.ofd"))) {
                report = verifier.verifyOfd(ofd, verifier.defaultPolicy()).withSource("1.ofd");
            }

            String html = renderer.render(report, ReportFormat.HTML, null);
            assertTrue(html.indexOf("<h1>电子签章验证报告</h1>") > 0, html);
            assertTrue(html.indexOf("<h1>Seal verification report</h1>") > html.indexOf("<h1>电子签章验证报告</h1>"));
            assertEquals(2, html.split(">国家税务总局</text>", -1).length - 1, "the seal picture, drawn twice");

            String text = renderer.render(report, ReportFormat.TEXT, Locale.ENGLISH);
            assertTrue(text.startsWith("File: 1.ofd\n"), text);
            assertTrue(text.contains("SIGNATURE_INTACT     PASSED"), text);
        }
    }
}
