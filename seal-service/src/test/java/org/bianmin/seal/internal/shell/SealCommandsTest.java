package org.bianmin.seal.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.util.Set;
import javax.security.auth.Subject;
import com.sun.security.auth.UserPrincipal;
import org.apache.felix.service.command.CommandSession;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.internal.shell.ShellUser;
import org.bianmin.internal.shell.ShellUserConfig;
import org.bianmin.internal.shell.ShellUsers;
import org.bianmin.internal.shell.TestGogo;
import org.bianmin.seal.SealState;
import org.bianmin.seal.internal.registry.RegistryFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code seal} commands act as the shell user, so dual control holds in the shell: one person
 * cannot request and approve, or propose and confirm, whatever they type; two people in two sessions
 * can. Real Gogo sessions over the real registry (H2).
 */
class SealCommandsTest {
    private static final String REQUEST = "seal:request 泸定县兴隆镇便民服务中心 513322102 泸定县兴隆镇人民政府审批服务专用章"
            + " 审批专用章 2026-03-01 2029-12-31";

    @TempDir
    Path directory;

    private RegistryFixture fixture;
    private final TestGogo gogo = new TestGogo();

    @BeforeEach
    void open() {
        fixture = new RegistryFixture(directory, mock(AuditTrail.class));
    }

    @AfterEach
    void close() {
        gogo.close();
        fixture.close();
    }

    @Test
    void twoShellUsersRequestAndApproveOneCannotDoBoth() throws Exception {
        commands(ShellUsers.nobody());
        CommandSession clerk = session("county.clerk.wang");
        CommandSession approver = session("county.approver.li");

        String esId = esId(clerk.execute(REQUEST));
        String selfApproval = (String) clerk.execute("seal:approve " + esId);
        assertTrue(selfApproval.startsWith("ERROR SEAL_DUAL_CONTROL_VIOLATION:"), selfApproval);
        assertEquals(SealState.REQUESTED, fixture.registry.get(esId).state());

        String approved = (String) approver.execute("seal:approve " + esId);
        assertTrue(approved.contains("APPROVED"), approved);
        assertEquals(Actor.of("county.approver.li"), fixture.registry.history(esId).get(1).actor());
        assertEquals(Actor.of("county.clerk.wang"), fixture.registry.history(esId).get(0).actor());
    }

    @Test
    void aNameTypedOnTheCommandLineIsNotTakenForTheApprover() throws Exception {
        commands(ShellUsers.nobody());
        CommandSession clerk = session("county.clerk.wang");
        String esId = esId(clerk.execute(REQUEST));

        assertThrows(IllegalArgumentException.class, () -> clerk.execute("seal:approve " + esId + " county.approver.li"),
                "seal:approve takes the esID only");
        assertEquals(SealState.REQUESTED, fixture.registry.get(esId).state());
    }

    @Test
    void theProposerOfACustodyGrantCannotConfirmItAnotherShellUserCan() throws Exception {
        String esId = fixture.activeSeal(fixture.xinglongRequest()).esId();
        commands(ShellUsers.console("county.maker.zhang"));
        CommandSession maker = session(null);
        CommandSession approver = session("county.approver.li");

        String proposed = (String) maker.execute("seal:custody " + esId + " xinglong.window.liu");
        assertTrue(proposed.contains("custody for xinglong.window.liu") && proposed.contains("proposed by county.maker.zhang"),
                proposed);
        String proposal = proposed.substring(0, proposed.indexOf(' '));
        String own = (String) maker.execute("seal:confirm " + esId + " " + proposal);
        assertTrue(own.startsWith("ERROR SEAL_DUAL_CONTROL_VIOLATION:"), own);

        String confirmed = (String) approver.execute("seal:confirm " + esId + " " + proposal);
        assertTrue(confirmed.contains("CONFIRMED") && confirmed.contains("confirmed by county.approver.li"), confirmed);
    }

    @Test
    void withoutAShellUserNothingChangesAndTheRefusalSaysWhatToConfigure() throws Exception {
        commands(ShellUsers.nobody());
        CommandSession unknown = session(null);

        String refused = (String) unknown.execute(REQUEST);

        assertTrue(refused.startsWith("ERROR SHELL_USER_UNKNOWN:") && refused.contains("console.user")
                && refused.contains(ShellUser.PID), refused);
        assertTrue(fixture.registry.list(DivisionCode.of("513322")).isEmpty());
        assertTrue(((String) unknown.execute("seal:list 513322")).startsWith("no seals within"),
                "looking needs no shell user");
    }

    /** Registers the {@code seal} commands with the console mapping {@code config}. */
    private void commands(ShellUserConfig config) {
        gogo.addCommands("seal", new SealCommands(fixture.registry, fixture.verifier(), fixture.clock, config));
    }

    /** A session authenticated as {@code user} by its transport, or a local console session if null. */
    private CommandSession session(String user) {
        CommandSession session = gogo.session();
        if (user != null) {
            session.put(ShellUser.SUBJECT_VARIABLE, new Subject(true, Set.of(new UserPrincipal(user)), Set.of(), Set.of()));
        }
        return session;
    }

    private static String esId(Object line) {
        String text = (String) line;
        assertTrue(text.matches("^513322\\d{8} REQUESTED.*"), text);
        return text.substring(0, text.indexOf(' '));
    }
}
