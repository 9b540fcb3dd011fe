package org.bianmin.seal.internal.shell;

import static org.bianmin.seal.internal.registry.RegistryFixture.CUSTODIAN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.sun.security.auth.UserPrincipal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.felix.service.command.CommandSession;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.internal.shell.ShellUser;
import org.bianmin.internal.shell.ShellUsers;
import org.bianmin.internal.shell.TestGogo;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.internal.registry.RegistryFixture;
import org.bianmin.seal.internal.verify.SmCrypto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code seal:archive}, {@code seal:renewarchive} and {@code seal:evidence} in a real Gogo session over the
 * real registry (H2): the archiving acts as the shell user, whom the audit trail records; a console with
 * no user, a bad batch size and an uncovered signature are refused with their codes.
 */
class EvidenceRecordCommandsTest {
    @TempDir
    Path directory;

    private final AuditTrail trail = mock(AuditTrail.class);
    private final TestGogo gogo = new TestGogo();
    private RegistryFixture fixture;
    private Seal seal;

    @BeforeEach
    void open() {
        fixture = new RegistryFixture(directory, trail);
        seal = fixture.activeSeal(fixture.xinglongRequest());
        gogo.addCommands("seal", new EvidenceRecordCommands(fixture.evidenceRecords(trail), ShellUsers.nobody()));
    }

    @AfterEach
    void close() {
        gogo.close();
        fixture.close();
    }

    @Test
    void theShellUserArchivesAndTheRecordIsWrittenOut() throws Exception {
        SealSignature signature = fixture.signer.sign(seal.esId(), "兴隆镇 决定书".getBytes(StandardCharsets.UTF_8),
                "泸兴审〔2026〕5号", CUSTODIAN);
        CommandSession archivist = session("county.archivist.zhou");

        assertEquals("1 use(s) covered by a new archive time-stamp", archivist.execute("seal:archive 50"));
        assertEquals("no use waits for an archive time-stamp", archivist.execute("seal:archive"));
        assertEquals("no evidence record is due for renewal", archivist.execute("seal:renewarchive"));
        verify(trail).append(argThat(event -> event.actor().equals(Actor.of("county.archivist.zhou"))
                && "evidence-records-archived".equals(event.details().get("action"))));

        Path out = directory.resolve("use.ers");
        String hash = sm3Hex(signature.der());
        String written = (String) archivist.execute("seal:evidence " + seal.esId() + " " + hash + " " + out);
        assertTrue(written.endsWith("bytes written to " + out), written);
        assertArrayEquals(fixture.evidenceRecords(trail).evidenceRecord(seal.esId(), hash).orElseThrow(),
                Files.readAllBytes(out));
    }

    @Test
    void refusalsAreOneLineWithTheirCode() throws Exception {
        fixture.signer.sign(seal.esId(), "兴隆镇 决定书".getBytes(StandardCharsets.UTF_8), "泸兴审〔2026〕5号", CUSTODIAN);

        String anonymous = (String) session(null).execute("seal:archive");
        assertTrue(anonymous.startsWith("ERROR SHELL_USER_UNKNOWN:"), anonymous);
        assertEquals(0, fixture.count("seal_evidence_record"), "nobody archived anything");

        CommandSession archivist = session("county.archivist.zhou");
        String zero = (String) archivist.execute("seal:archive 0");
        assertTrue(zero.startsWith("ERROR INVALID_ARGUMENT:"), zero);
        String unknown = (String) archivist.execute("seal:evidence " + seal.esId() + " " + "00".repeat(32) + " "
                + directory.resolve("none.ers"));
        assertTrue(unknown.startsWith("ERROR EVIDENCE_RECORD_NOT_FOUND:"), unknown);
        assertTrue(Files.notExists(directory.resolve("none.ers")));
    }

    private CommandSession session(String user) {
        CommandSession session = gogo.session();
        if (user != null) {
            session.put(ShellUser.SUBJECT_VARIABLE, new Subject(true, Set.of(new UserPrincipal(user)), Set.of(), Set.of()));
        }
        return session;
    }

    private static String sm3Hex(byte[] data) {
        return HexFormat.of().formatHex(SmCrypto.sm3(data));
    }
}
