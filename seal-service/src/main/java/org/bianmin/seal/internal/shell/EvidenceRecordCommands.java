package org.bianmin.seal.internal.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.internal.shell.ActingCommands;
import org.bianmin.internal.shell.ShellResult;
import org.bianmin.internal.shell.ShellUser;
import org.bianmin.internal.shell.ShellUserConfig;
import org.bianmin.seal.EvidenceRecordArchive;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo commands for archive time-stamps over the use register (scope {@code seal}; RFC 4998 evidence
 * records, {@link EvidenceRecordArchive}): {@code seal:archive [batch]} covers the uses that wait,
 * {@code seal:renewarchive [batch]} renews the records whose archive time-stamp's certificate nears its
 * expiry, {@code seal:evidence ESID SIGNATURE_SM3 FILE} writes a use's evidence record (DER) to a file.
 * The first two act as the shell user ({@link ShellUser}), whom the audit trail records with the batch;
 * the configuration's metatype is designated once, on {@link SealCommands}.
 */
@Component(service = EvidenceRecordCommands.class, configurationPid = ShellUser.PID, property = {
    "osgi.command.scope=seal", "osgi.command.function=archive", "osgi.command.function=renewarchive",
    "osgi.command.function=evidence"
})
public class EvidenceRecordCommands extends ActingCommands {
    /** The batch size when none is given. */
    static final int DEFAULT_BATCH = 1000;

    private final EvidenceRecordArchive archive;

    @Activate
    public EvidenceRecordCommands(@Reference EvidenceRecordArchive archive, ShellUserConfig shell) {
        super(shell);
        this.archive = archive;
    }

    @Descriptor("cover the uses not yet archive-time-stamped, oldest first, up to 1000")
    public String archive(CommandSession session) {
        return archive(session, DEFAULT_BATCH);
    }

    @Descriptor("cover up to BATCH uses not yet archive-time-stamped with one archive time-stamp")
    public String archive(CommandSession session, @Descriptor("batch size, 1..10000") int batch) {
        return ShellResult.of(() -> {
            int covered = archive.archive(batch, actor(session));
            return covered == 0 ? "no use waits for an archive time-stamp"
                    : covered + " use(s) covered by a new archive time-stamp";
        });
    }

    @Descriptor("renew the evidence records whose archive time-stamp's certificate nears its expiry, up to 1000")
    public String renewarchive(CommandSession session) {
        return renewarchive(session, DEFAULT_BATCH);
    }

    @Descriptor("renew up to BATCH evidence records whose archive time-stamp's certificate nears its expiry")
    public String renewarchive(CommandSession session, @Descriptor("batch size, 1..10000") int batch) {
        return ShellResult.of(() -> {
            int renewed = archive.renew(batch, actor(session));
            return renewed == 0 ? "no evidence record is due for renewal" : renewed + " evidence record(s) renewed";
        });
    }

    @Descriptor("write the evidence record (RFC 4998, DER) of the use that made a signature to a file")
    public String evidence(@Descriptor("esID") String esId,
            @Descriptor("the signature's SM3 hash, hex, as the use register shows it") String signatureHash,
            @Descriptor("file to write") String file) {
        return ShellResult.of(() -> {
            byte[] record = archive.evidenceRecord(esId, signatureHash).orElseThrow(() -> new BianminException(
                    ErrorCode.EVIDENCE_RECORD_NOT_FOUND, "seal " + esId + " has no archived use with signature hash " + signatureHash
                            + "; list its uses, or run seal:archive first"));
            try {
                Files.write(Path.of(file), record);
            } catch (IOException e) {
                throw BianminException.invalid("cannot write " + file + ": " + e.getMessage());
            }
            return record.length + " bytes written to " + file;
        });
    }
}
