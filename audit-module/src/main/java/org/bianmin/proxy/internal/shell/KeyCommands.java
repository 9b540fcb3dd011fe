package org.bianmin.proxy.internal.shell;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.bianmin.internal.shell.ActingCommands;
import org.bianmin.internal.shell.ShellResult;
import org.bianmin.internal.shell.ShellUser;
import org.bianmin.internal.shell.ShellUserConfig;
import org.bianmin.proxy.internal.PersonalDataRekeying;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo shell command for the administrator who rotates the personal-data key (scope {@code proxy}):
 * {@code proxy:rekey [batchSize]} re-encrypts the case rows not under the current key, one
 * transaction per batch, recorded as done by the shell user ({@link ShellUser}); run it again after
 * an interruption and it continues where it stopped.
 */
@Component(service = KeyCommands.class, configurationPid = ShellUser.PID, property = {
    "osgi.command.scope=proxy", "osgi.command.function=rekey"
})
public class KeyCommands extends ActingCommands {
    static final int DEFAULT_BATCH = 500;

    private final PersonalDataRekeying rekeying;

    @Activate
    public KeyCommands(@Reference PersonalDataRekeying rekeying, ShellUserConfig shell) {
        super(shell);
        this.rekeying = rekeying;
    }

    @Descriptor("re-encrypt the personal data not under the current key, " + DEFAULT_BATCH + " rows per transaction")
    public String rekey(CommandSession session) {
        return rekey(session, DEFAULT_BATCH);
    }

    @Descriptor("re-encrypt the personal data not under the current key, batchSize rows per transaction")
    public String rekey(CommandSession session, @Descriptor("rows per transaction (1–10000)") int batchSize) {
        return ShellResult.of(() -> {
            PersonalDataRekeying.Rekeyed run = rekeying.rekey(batchSize, actor(session));
            return run.rows() + " rows re-encrypted under key " + run.keyId() + " in " + run.batches() + " batches; "
                    + run.remaining() + " not under it";
        });
    }
}
