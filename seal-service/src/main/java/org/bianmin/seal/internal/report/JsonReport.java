package org.bianmin.seal.internal.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.bianmin.seal.CheckOutcome;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.VerificationReport;

/**
 * The machine-readable report, in the stable shape documented in the module README:
 * <pre>
 * {"files":[{"file":"...","signatures":[{"signatureId":"...","sealName":"...","esId":"...",
 *   "signer":"...","signingTime":"...","indication":"...","subIndication":"...",
 *   "checks":[{"id":"SIGNATURE_INTACT","result":"PASSED","detail":"...","onFailure":"FAIL"}]}]}]}
 * </pre>
 * Absent values are {@code null}; times are ISO-8601 instants; details are in English.
 * {@code onFailure} is what the validation policy does when that check does not pass (FAIL: the
 * signature fails; WARN: reported only; IGNORE: not run) — a property of the policy, never of the
 * result, so it is named for what it is and not "severity" (which beside "PASSED" reads as a
 * failure). The REST API writes the same name.
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** The JSON tree of the reports, one per file. */
    public static ObjectNode tree(List<VerificationReport> reports) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (VerificationReport report : reports) {
            ObjectNode file = files.addObject();
            file.put("file", report.source());
            ArrayNode signatures = file.putArray("signatures");
            for (SignatureReport s : report.signatures()) {
                ObjectNode node = signatures.addObject();
                node.put("signatureId", s.signatureId());
                node.put("sealName", s.sealName());
                node.put("esId", s.esId());
                node.put("signer", s.signer());
                node.put("signingTime", time(s.signingTime()));
                node.put("indication", s.indication().name());
                node.put("subIndication", s.subIndication() == null ? null : s.subIndication().name());
                ArrayNode checks = node.putArray("checks");
                for (CheckOutcome c : s.checks()) {
                    ObjectNode check = checks.addObject();
                    check.put("id", c.id().name());
                    check.put("result", c.result().name());
                    check.put("detail", c.detail());
                    check.put("onFailure", c.severity().name());
                }
            }
        }
        return root;
    }

    /** Writes the reports as JSON (UTF-8, indented). */
    public static void write(List<VerificationReport> reports, OutputStream out) throws IOException {
        MAPPER.writeValue(out, tree(reports));
    }

    /** The reports as a JSON string. */
    public static String toJson(List<VerificationReport> reports) {
        try {
            return MAPPER.writeValueAsString(tree(reports));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
