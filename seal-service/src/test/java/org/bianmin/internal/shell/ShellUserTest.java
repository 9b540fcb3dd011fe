package org.bianmin.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.security.PrivilegedAction;
import java.util.List;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.x500.X500Principal;
import com.sun.security.auth.UserPrincipal;
import org.apache.felix.service.command.CommandSession;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The shell user (safe-by-default): the authenticated subject of the session first, then the console
 * mapping of {@code org.bianmin.shell}, and a refusal that says what to configure when there is
 * neither — never a name typed on the command line. Sessions are real Gogo sessions.
 */
class ShellUserTest {
    private final TestGogo gogo = new TestGogo();
    private final CommandSession session = gogo.session();

    @AfterEach
    void close() {
        gogo.close();
    }

    @Test
    void theLocalConsoleActsAsTheConfiguredAdministrator() {
        assertEquals(Actor.of("county.admin.li"), ShellUser.of(session, ShellUsers.console(" county.admin.li ")));
    }

    @Test
    void theOperatingSystemUserPicksItsOwnAdministratorBeforeTheConsoleUser() {
        ShellUserConfig config = ShellUsers.config("county.admin.li", List.of("wang=county.clerk.wang",
                "li = county.approver.li"));
        assertEquals(Actor.of("county.clerk.wang"), ShellUser.of(session, config, null, "wang"));
        assertEquals(Actor.of("county.approver.li"), ShellUser.of(session, config, null, "li"));
        assertEquals(Actor.of("county.admin.li"), ShellUser.of(session, config, null, "zhao"));
    }

    @Test
    void withoutAnAuthenticatedOrConfiguredUserNothingIsDoneAndTheMessageSaysWhatToConfigure() {
        BianminException refused = refused(ErrorCode.SHELL_USER_UNKNOWN,
                () -> ShellUser.of(session, ShellUsers.nobody()));
        assertTrue(refused.getMessage().contains("console.user") && refused.getMessage().contains("org.bianmin.shell"),
                refused.getMessage());
        refused(ErrorCode.SHELL_USER_UNKNOWN, () -> ShellUser.of(session, ShellUsers.console("  ")));
        refused(ErrorCode.SHELL_USER_UNKNOWN,
                () -> ShellUser.of(session, ShellUsers.config("", List.of("wang=county.clerk.wang")), null, "zhao"));
    }

    @Test
    void aConsoleMappingThatIsNotOsUserEqualsPlatformUserIsRefusedByName() {
        for (String entry : List.of("county.clerk.wang", "=county.clerk.wang", "wang=")) {
            BianminException refused = refused(ErrorCode.CONFIGURATION_INVALID, () -> ShellUser.of(session,
                    ShellUsers.config("county.admin.li", List.of(entry)), null, "wang"));
            assertTrue(refused.getMessage().contains("'" + entry + "'"), refused.getMessage());
        }
    }

    @Test
    void aSubjectRunningTheSessionIsTheShellUserWhateverTheConsoleIsMappedTo() {
        Subject subject = subject(new UserPrincipal("county.approver.li"), new Role("seal-approver"));
        Actor actor = Subject.doAs(subject, (PrivilegedAction<Actor>) () ->
                ShellUser.of(session, ShellUsers.console("county.admin.li")));
        assertEquals(Actor.of("county.approver.li"), actor);
        assertEquals(Actor.of("county.admin.li"), ShellUser.of(session, ShellUsers.console("county.admin.li")),
                "outside the subject the console mapping applies again");
    }

    @Test
    void aSubjectHandedToTheSessionByItsTransportIsTheShellUser() {
        session.put(ShellUser.SUBJECT_VARIABLE, subject(new Role("seal-admin"), new UserPrincipal("county.clerk.wang")));
        assertEquals(Actor.of("county.clerk.wang"), ShellUser.of(session, ShellUsers.console("county.admin.li")));

        session.put(ShellUser.SUBJECT_VARIABLE, subject(new X500Principal("CN=county.clerk.wang,O=Luding")));
        assertEquals(Actor.of("CN=county.clerk.wang,O=Luding"), ShellUser.of(session, ShellUsers.nobody()),
                "the only principal of a subject without a user principal");
    }

    @Test
    void aSubjectWithoutOneUserIsRefusedAndDoesNotFallBackToTheConsole() {
        session.put(ShellUser.SUBJECT_VARIABLE, subject());
        refused(ErrorCode.SHELL_USER_UNKNOWN, () -> ShellUser.of(session, ShellUsers.console("county.admin.li")));

        session.put(ShellUser.SUBJECT_VARIABLE, subject(new Role("seal-admin"), new Role("seal-approver")));
        refused(ErrorCode.SHELL_USER_UNKNOWN, () -> ShellUser.of(session, ShellUsers.console("county.admin.li")));

        session.put(ShellUser.SUBJECT_VARIABLE, subject(new UserPrincipal("a"), new UserPrincipal("b")));
        BianminException several = refused(ErrorCode.SHELL_USER_UNKNOWN,
                () -> ShellUser.of(session, ShellUsers.console("county.admin.li")));
        assertTrue(several.getMessage().contains("several users"), several.getMessage());

        session.put(ShellUser.SUBJECT_VARIABLE, "county.admin.li");
        BianminException notASubject = refused(ErrorCode.SHELL_USER_UNKNOWN,
                () -> ShellUser.of(session, ShellUsers.console("county.admin.li")));
        assertTrue(notASubject.getMessage().contains("java.lang.String"), notASubject.getMessage());
    }

    @Test
    void aSessionVariableCannotNameAnotherUserThanTheSubjectTheSessionRunsAs() {
        Subject running = subject(new UserPrincipal("county.approver.li"));
        session.put(ShellUser.SUBJECT_VARIABLE, subject(new UserPrincipal("county.clerk.wang")));
        BianminException refused = refused(ErrorCode.SHELL_USER_UNKNOWN,
                () -> ShellUser.of(session, ShellUsers.nobody(), running, "li"));
        assertTrue(refused.getMessage().contains("runs as county.approver.li")
                && refused.getMessage().contains("names county.clerk.wang"), refused.getMessage());

        session.put(ShellUser.SUBJECT_VARIABLE, subject(new UserPrincipal("county.approver.li")));
        assertEquals(Actor.of("county.approver.li"), ShellUser.of(session, ShellUsers.nobody(), running, "li"));
    }

    private static Subject subject(Principal... principals) {
        return new Subject(true, Set.of(principals), Set.of(), Set.of());
    }

    private static BianminException refused(ErrorCode code, Executable action) {
        BianminException refused = assertThrows(BianminException.class, action);
        assertEquals(code, refused.code(), refused.getMessage());
        return refused;
    }

    /** A role principal, as JAAS login modules add beside the user's. */
    private record Role(String role) implements Principal {
        @Override
        public String getName() {
            return role;
        }
    }
}
