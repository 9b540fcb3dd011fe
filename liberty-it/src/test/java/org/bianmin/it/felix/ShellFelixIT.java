package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bianmin.it.OfdSamples;
import org.bianmin.testing.SteppingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Gogo shell commands that administrators, supervisors and auditors type at the platform's
 * console, run through real Gogo sessions in Felix: the commands that change something act as the
 * session's authenticated user (ShellUserFelixIT covers the console mapping and its refusal).
 */
class ShellFelixIT {
    private static final Pattern ES_ID = Pattern.compile("^(513322\\d{8}) ");

    @TempDir
    Path dir;

    @Test
    void administratorsIssueASealAndItsSubSealFromTheShell() throws Exception {
        try (FelixRuntime felix = runtime()) {
            GogoShell clerk = GogoShell.runningAs(felix, "county.clerk.wang");
            GogoShell approver = GogoShell.withSubjectOf(felix, "county.approver.li");
            GogoShell custodian = GogoShell.runningAs(felix, "xinglong.custodian.chen");

            String requested = clerk.run("seal:request 泸定县兴隆镇便民服务中心 513322102 "
                    + "泸定县兴隆镇人民政府审批服务专用章 审批专用章 2026-01-01 2030-12-31");
            String esId = esId(requested);
            assertTrue(requested.contains("REQUESTED"), requested);

            String selfApproval = clerk.run("seal:approve " + esId);
            assertTrue(selfApproval.startsWith("ERROR SEAL_DUAL_CONTROL_VIOLATION:"), selfApproval);

            assertTrue(approver.run("seal:approve " + esId).contains("APPROVED"));
            assertTrue(approver.run("seal:make " + esId).contains("MADE"));
            assertTrue(approver.run("seal:activate " + esId).contains("ACTIVE"));

            String proposed = approver.run("seal:custody " + esId + " xinglong.custodian.chen");
            assertTrue(proposed.contains("PENDING") && proposed.contains("custody for xinglong.custodian.chen")
                    && proposed.contains("proposed by county.approver.li"), proposed);
            String proposal = proposed.substring(0, proposed.indexOf(' '));
            String ownConfirmation = approver.run("seal:confirm " + esId + " " + proposal);
            assertTrue(ownConfirmation.startsWith("ERROR SEAL_DUAL_CONTROL_VIOLATION:"), ownConfirmation);
            String confirmed = clerk.run("seal:confirm " + esId + " " + proposal);
            assertTrue(confirmed.contains("CONFIRMED") && confirmed.contains("confirmed by county.clerk.wang"),
                    confirmed);
            assertTrue(clerk.run("seal:proposals " + esId).startsWith(proposal + " CONFIRMED"));
            Path unsigned = Files.write(dir.resolve("approval.ofd"), OfdSamples.unsignedInvoice());
            Path sealed = dir.resolve("sealed.ofd");
            String notHeld = clerk.run("seal:seal-ofd " + esId + " " + unsigned + " " + sealed
                    + " 泸兴审〔2026〕1号 --keyword 增值税");
            assertTrue(notHeld.startsWith("ERROR SEAL_OPERATOR_NOT_AUTHORIZED:"), notHeld);
            String sealing = custodian.run("seal:seal-ofd " + esId + " " + unsigned + " " + sealed
                    + " 泸兴审〔2026〕1号 --keyword 增值税");
            assertTrue(sealing.startsWith("sealed approval.ofd with " + esId + " as signature 1"), sealing);
            String verified = custodian.run("seal:verify " + sealed);
            assertTrue(verified.contains("TOTAL_PASSED"), verified);
            String refused = custodian.run("seal:seal-ofd " + esId + " " + unsigned + " " + sealed
                    + " 泸兴审〔2026〕2号 --keyword 盖章处");
            assertTrue(refused.startsWith("ERROR OFD_KEYWORD_NOT_FOUND:"), refused);

            String sub = clerk.run("seal:sub " + esId + " 泸定县兴隆镇沙坝便民服务站 513322102");
            assertTrue(sub.contains("[sub-seal 1 of " + esId + "]"), sub);

            GogoShell shell = new GogoShell(felix);
            String list = shell.run("seal:list 513322");
            assertEquals(2, list.lines().count(), list);
            assertTrue(list.lines().findFirst().orElseThrow().startsWith(esId + " ACTIVE"), list);

            String history = shell.run("seal:show " + esId);
            assertTrue(history.contains("-> REQUESTED by county.clerk.wang"), history);
            assertTrue(history.contains("APPROVED -> MADE by county.approver.li"), history);

            String unknown = shell.run("seal:show 51332299999999");
            assertTrue(unknown.startsWith("ERROR SEAL_NOT_FOUND:"), unknown);

            String checkpoint = shell.run("audit:checkpoint");
            Matcher size = Pattern.compile("checkpoint size=(\\d+) root=[0-9a-f]{64}").matcher(checkpoint);
            assertTrue(size.find(), checkpoint);
            assertTrue(Long.parseLong(size.group(1)) >= 5, "the seal's steps are in the audit trail: " + checkpoint);
            assertTrue(shell.run("audit:prove 0").startsWith("entry 0 in tree of "));
        }
    }

    @Test
    void supervisorsCheckSitesAndFollowUnansweredCasesFromTheShell() throws Exception {
        try (FelixRuntime felix = runtime()) {
            GogoShell shell = new GogoShell(felix);
            Path site = dir.resolve("xinglong-centre.json");
            try (InputStream pilot = felix.bundlesByName().get("org.bianmin.audit-module")
                    .getEntry("org/bianmin/standards/pilot/xinglong-centre.json").openStream()) {
                Files.copy(pilot, site);
            }

            String report = shell.run("standards:check " + site);
            assertTrue(report.contains("\"rule\":\"C-AREA\",\"status\":\"PASS\""), report);

            String broken = shell.run("standards:check " + dir.resolve("missing.json"));
            assertTrue(broken.startsWith("ERROR SITE_DESCRIPTION_INVALID:"), broken);

            assertTrue(shell.run("standards:rules").contains("V-SIXONE"));
            assertTrue(shell.run("proxy:unanswered 513322102").startsWith("0 unanswered, 0 overdue"));

            String unknownItem = shell.run("catalogue:who NO-SUCH-ITEM 513322102 2026-03-02");
            assertTrue(unknownItem.startsWith("ERROR ITEM_NOT_FOUND:"), unknownItem);
        }
    }

    @Test
    void everyCommandExplainsItself() throws Exception {
        try (FelixRuntime felix = runtime()) {
            GogoShell shell = new GogoShell(felix);
            String help = shell.run("help seal:approve") + shell.run("help catalogue:who") + shell.printed();
            assertTrue(help.contains("dual control"), help);
            assertTrue(help.contains("who handles an item for a place"), help);
        }
    }

    private FelixRuntime runtime() throws Exception {
        // the shell's dates (a seal valid 2026–2030) are read against a fixed day, not the build's
        return FelixRuntime.builder(FelixRuntime.Mode.TYPED_API).selectedDatabase()
                .clock(SteppingClock.atChina("2026-06-15T10:00"))
                .configure("org.bianmin.seal.keystore", Map.of("keystore.path", dir.resolve("seal.p12").toString(),
                        "keystore.password", "shell-seal-secret"))
                .configure("org.bianmin.audit.trail", Map.of("keystore.path", dir.resolve("audit.p12").toString(),
                        "keystore.password", "shell-audit-secret", "checkpoint.interval.minutes", 0))
                .start();
    }

    private static String esId(String line) {
        Matcher matcher = ES_ID.matcher(line);
        assertTrue(matcher.find(), "no esID in: " + line);
        return matcher.group(1);
    }
}
