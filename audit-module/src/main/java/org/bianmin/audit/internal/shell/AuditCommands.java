package org.bianmin.audit.internal.shell;

import java.util.HexFormat;
import org.apache.felix.service.command.Descriptor;
import org.bianmin.audit.AuditTrail;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.InclusionProof;
import org.bianmin.internal.shell.ShellResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo shell commands for auditors (scope {@code audit}): publish a signed checkpoint of the audit
 * trail on demand and show an entry's inclusion proof.
 */
@Component(service = AuditCommands.class, property = {
    "osgi.command.scope=audit", "osgi.command.function=checkpoint", "osgi.command.function=prove"
})
public class AuditCommands {
    private final AuditTrail trail;

    @Activate
    public AuditCommands(@Reference AuditTrail trail) {
        this.trail = trail;
    }

    @Descriptor("publish a signed checkpoint (tree size, SM3 root, SM2 signature) of the audit trail now")
    public String checkpoint() {
        return ShellResult.of(() -> {
            Checkpoint checkpoint = trail.publishCheckpoint();
            return "checkpoint size=" + checkpoint.treeSize() + " root=" + HexFormat.of().formatHex(checkpoint.rootHash())
                    + " time=" + checkpoint.time() + " key=" + checkpoint.keyId();
        });
    }

    @Descriptor("the inclusion proof of an entry against the newest checkpoint")
    public String prove(@Descriptor("the entry's sequence number") long sequence) {
        return ShellResult.of(() -> {
            Checkpoint checkpoint = trail.latestCheckpoint().orElseGet(trail::publishCheckpoint);
            InclusionProof proof = trail.inclusionProof(sequence, checkpoint.treeSize());
            StringBuilder out = new StringBuilder("entry ").append(sequence).append(" in tree of ")
                    .append(proof.treeSize()).append(" (root ").append(HexFormat.of().formatHex(checkpoint.rootHash()))
                    .append(")\n");
            proof.path().forEach(hash -> out.append("  ").append(HexFormat.of().formatHex(hash)).append('\n'));
            return out.toString().stripTrailing();
        });
    }
}
