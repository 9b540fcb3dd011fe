package org.bianmin.seal.internal.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.bianmin.core.Actor;
import org.bianmin.internal.shell.ShellUsers;
import org.bianmin.internal.shell.TestGogo;
import org.bianmin.seal.OfdSealRequest;
import org.bianmin.seal.OfdSealer;
import org.bianmin.seal.SealedOfd;
import org.bianmin.seal.StampLocation;
import org.bianmin.seal.StampPlacement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/**
 * {@code seal:seal-ofd}: what the clerk types becomes the right request, the clerk is the shell user
 * (never a typed name), and mistakes are refused plainly. Sessions are real Gogo sessions.
 */
class OfdSealCommandsTest {
    private static final String ES_ID = "51332200000001";

    @TempDir
    Path folder;

    private final OfdSealer sealer = mock(OfdSealer.class);
    private final OfdSealCommands command = new OfdSealCommands(sealer, ShellUsers.console("clerk.chen"));
    private final TestGogo gogo = new TestGogo();
    private final CommandSession session = gogo.session();

    @AfterEach
    void close() {
        gogo.close();
    }

    @Test
    void sealsTheFileAtAPositionAndWritesTheStampedDocument() throws Exception {
        Path in = Files.write(folder.resolve("approval.ofd"), new byte[] {'P', 'K', 1});
        Path out = folder.resolve("sealed.ofd");
        ArgumentCaptor<OfdSealRequest> request = ArgumentCaptor.forClass(OfdSealRequest.class);
        when(sealer.seal(request.capture(), eq(Actor.of("clerk.chen")))).thenReturn(new SealedOfd(ES_ID,
                Instant.parse("2026-03-01T01:05:00Z"), "1", "/Doc_0/Signs/Sign_0/Signature.xml", "ab", "cd",
                List.of(new StampLocation(1, 129, 79, 42, 42)), new byte[] {'P', 'K', 9}));

        String said = (String) command.execute(session, List.of(ES_ID, in.toString(), out.toString(),
                "泸兴审〔2026〕7号", "--page", "1", "--x", "150", "--y", "100"));

        assertTrue(said.startsWith("sealed approval.ofd with " + ES_ID + " as signature 1"), said);
        assertTrue(said.contains("p1 (129.0, 79.0) 42.0×42.0 mm"), said);
        assertArrayEquals(new byte[] {'P', 'K', 9}, Files.readAllBytes(out));
        assertEquals(StampPlacement.at(1, 150, 100), request.getValue().placement());
        assertEquals("泸兴审〔2026〕7号", request.getValue().caseNumber());
        assertArrayEquals(new byte[] {'P', 'K', 1}, request.getValue().ofd());
    }

    @Test
    void readsKeywordAndRidingPlacements() {
        assertEquals(new StampPlacement.AtKeyword("盖章处", StampPlacement.Occurrence.EVERY),
                OfdSealCommands.placement(new java.util.ArrayDeque<>(List.of("--keyword", "盖章处", "--every"))));
        assertEquals(new StampPlacement.Riding(2, 5, 80.0), OfdSealCommands.placement(
                new java.util.ArrayDeque<>(List.of("--riding", "--from", "2", "--to", "5", "--y", "80"))));
        assertEquals(StampPlacement.riding(), OfdSealCommands.placement(new java.util.ArrayDeque<>(List.of("--riding"))));
    }

    @Test
    void withoutAShellUserNothingIsSealedAndTheRefusalSaysWhatToConfigure() throws Exception {
        Path in = Files.write(folder.resolve("a.ofd"), new byte[] {'P', 'K', 1});
        Path out = folder.resolve("b.ofd");
        OfdSealCommands unmapped = new OfdSealCommands(sealer, ShellUsers.nobody());

        String said = (String) unmapped.execute(session, List.of(ES_ID, in.toString(), out.toString(), "1", "--riding"));

        assertTrue(said.startsWith("ERROR SHELL_USER_UNKNOWN: ") && said.contains("console.user"), said);
        assertTrue(Files.notExists(out));
        verifyNoInteractions(sealer);
    }

    @Test
    void aNameTypedWhereTheOperatorUsedToBeIsNotAnOperator() throws Exception {
        Path in = Files.write(folder.resolve("a.ofd"), new byte[] {1});
        String out = folder.resolve("b.ofd").toString();
        String said = (String) command.execute(session, List.of(ES_ID, "custodian.zhao", in.toString(), out, "1",
                "--riding"));
        assertTrue(said.startsWith("ERROR INVALID_ARGUMENT: say where the stamp goes; "), said);
        verifyNoInteractions(sealer);
    }

    @Test
    void mistakesAreRefusedWithWhatToTypeAndNothingIsSealed() throws Exception {
        Path in = Files.write(folder.resolve("a.ofd"), new byte[] {1});
        String out = folder.resolve("b.ofd").toString();
        assertEquals("ERROR INVALID_ARGUMENT: " + OfdSealCommands.USAGE, command.execute(session, List.of(ES_ID, "c")));
        assertEquals("ERROR INVALID_ARGUMENT: say where the stamp goes; " + OfdSealCommands.USAGE,
                command.execute(session, List.of(ES_ID, in.toString(), out, "1", "--somewhere")));
        assertEquals("ERROR INVALID_ARGUMENT: --x takes a length in millimetres, not 'ten'",
                command.execute(session, List.of(ES_ID, in.toString(), out, "1", "--page", "1", "--x", "ten",
                        "--y", "1")));
        assertEquals("ERROR INVALID_ARGUMENT: not understood: --colour red; " + OfdSealCommands.USAGE,
                command.execute(session, List.of(ES_ID, in.toString(), out, "1", "--riding", "--colour", "red")));
        String missing = (String) command.execute(session, List.of(ES_ID, folder.resolve("none.ofd").toString(), out,
                "1", "--riding"));
        assertTrue(missing.startsWith("ERROR DOCUMENT_UNREADABLE: cannot read "), missing);
        String nowhere = (String) command.execute(session, List.of(ES_ID, in.toString(),
                folder.resolve("no/such/folder/b.ofd").toString(), "1", "--riding"));
        assertTrue(nowhere.startsWith("ERROR INVALID_ARGUMENT: cannot write the sealed document to "), nowhere);
        verifyNoInteractions(sealer);
    }
}
