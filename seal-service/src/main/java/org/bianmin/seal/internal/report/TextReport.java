package org.bianmin.seal.internal.report;

import java.util.List;
import java.util.Locale;
import org.bianmin.seal.CheckOutcome;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.verify.Messages;

/** A plain-text report for a terminal: one block per signature, one line per check. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(List<VerificationReport> reports, Locale locale) {
        StringBuilder out = new StringBuilder();
        for (VerificationReport report : reports) {
            out.append(Messages.text(locale, "report.file")).append(": ").append(report.source()).append('\n');
            out.append(Messages.text(locale, "report.validationTime")).append(": ").append(report.validationTime())
                    .append('\n');
            if (report.signatures().isEmpty()) {
                out.append("  ").append(Messages.text(locale, "report.noSignature")).append('\n');
            }
            for (SignatureReport s : report.signatures()) {
                out.append("  ").append(Messages.text(locale, "report.signature")).append(' ').append(s.signatureId())
                        .append(" (").append(s.format()).append("): ").append(s.indication());
                if (s.subIndication() != null) {
                    out.append(" / ").append(s.subIndication());
                }
                out.append('\n');
                line(out, locale, "report.sealName", s.sealName());
                line(out, locale, "report.esId", s.esId());
                line(out, locale, "report.signer", s.signer());
                line(out, locale, "report.signingTime", s.signingTime() == null ? null : s.signingTime().toString());
                for (CheckOutcome c : s.checks()) {
                    out.append(String.format(Locale.ROOT, "    %-20s %-14s %s%n", c.id(), c.result(),
                            Messages.render(locale, c.messageKey(), c.arguments())));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, Locale locale, String key, String value) {
        if (value != null) {
            out.append("    ").append(Messages.text(locale, key)).append(": ").append(value).append('\n');
        }
    }
}
