package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bianmin.core.DivisionCode;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealState;
import org.bianmin.testing.SteppingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shell commands act as the shell user (docs/requirements.md, safe-by-default): the session's
 * authenticated user, or the administrator configuration {@code org.bianmin.shell} maps the local
 * console to; never a name typed on the command line. So dual control holds in the shell as through
 * REST: two users in two sessions request and approve a seal, one user cannot do both. Real Felix,
 * real Gogo sessions, real Config Admin.
 */
class ShellUserFelixIT {
    private static final String REQUEST = "seal:request 泸定县兴隆镇便民服务中心 513322102 "
            + "泸定县兴隆镇人民政府审批服务专用章 审批专用章 2026-07-01 2030-12-31";

    @TempDir
    Path dir;

    @Test
    void aConsoleWithoutAnAuthenticatedOrConfiguredUserMayLookButNotAct() throws Exception {
        try (FelixRuntime felix = runtime(Map.of()).start()) {
            GogoShell console = new GogoShell(felix);

            String refused = console.run(REQUEST);

            assertTrue(refused.startsWith("ERROR SHELL_USER_UNKNOWN:"), refused);
            assertTrue(refused.contains("console.user") && refused.contains("org.bianmin.shell"),
                    "the refusal says what to configure: " + refused);
            Path notice = Files.writeString(dir.resolve("2027.calendar"), """
                    year 2027
                    source 国务院办公厅关于2027年部分节假日安排的通知（测试用）
                    holiday 2027-01-01..2027-01-03 元旦（测试）
                    """);
            String notLoaded = console.run("catalogue:calendar-load " + notice);
            assertTrue(notLoaded.startsWith("ERROR SHELL_USER_UNKNOWN:"), notLoaded);
            assertTrue(console.run("catalogue:calendar").contains("2027– provisional"), "the year was not loaded");
            assertTrue(console.run("seal:list 513322").startsWith("no seals within 513322"),
                    "nothing was requested, and looking needs no shell user");
            assertTrue(felix.service(SealRegistry.class).list(DivisionCode.of("513322")).isEmpty());
        }
    }

    @Test
    void twoShellUsersRequestAndApproveOneUserCannot() throws Exception {
        try (FelixRuntime felix = runtime(Map.of("console.user", "county.clerk.wang")).start()) {
            GogoShell console = new GogoShell(felix);
            GogoShell clerk = GogoShell.runningAs(felix, "county.clerk.wang");
            GogoShell approver = GogoShell.withSubjectOf(felix, "county.approver.li");
            SealRegistry registry = felix.service(SealRegistry.class);

            String requested = console.run(REQUEST);
            assertTrue(requested.contains(" REQUESTED "), requested);
            String esId = requested.substring(0, requested.indexOf(' '));

            String fromTheConsole = console.run("seal:approve " + esId);
            assertTrue(fromTheConsole.startsWith("ERROR SEAL_DUAL_CONTROL_VIOLATION:"), fromTheConsole);
            String fromTheClerksSession = clerk.run("seal:approve " + esId);
            assertTrue(fromTheClerksSession.startsWith("ERROR SEAL_DUAL_CONTROL_VIOLATION:"), fromTheClerksSession);
            assertEquals(SealState.REQUESTED, registry.get(esId).state());

            String approved = approver.run("seal:approve " + esId);
            assertTrue(approved.contains(" APPROVED "), approved);
            assertEquals("county.clerk.wang", registry.history(esId).get(0).actor().id());
            assertEquals("county.approver.li", registry.history(esId).get(1).actor().id());

            String second = clerk.run(REQUEST.replace("2030-12-31", "2029-12-31"));
            assertTrue(second.contains(" REQUESTED "), "a session running as its subject acts as that user: " + second);
            String secondId = second.substring(0, second.indexOf(' '));
            assertTrue(console.run("seal:approve " + secondId).startsWith("ERROR SEAL_DUAL_CONTROL_VIOLATION:"));
            assertTrue(approver.run("seal:approve " + secondId).contains(" APPROVED "));
        }
    }

    private FelixRuntime.Builder runtime(Map<String, Object> shell) {
        FelixRuntime.Builder builder = FelixRuntime.builder(FelixRuntime.Mode.TYPED_API).selectedDatabase()
                .clock(SteppingClock.atChina("2026-06-15T10:00"))
                .configure("org.bianmin.seal.keystore", Map.of("keystore.path", dir.resolve("seal.p12").toString(),
                        "keystore.password", "shell-user-secret"))
                .configure("org.bianmin.audit.trail", Map.of("keystore.path", dir.resolve("audit.p12").toString(),
                        "keystore.password", "shell-user-audit", "checkpoint.interval.minutes", 0));
        return shell.isEmpty() ? builder : builder.configure("org.bianmin.shell", shell);
    }
}
