package org.bianmin.rest.seal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.bianmin.rest.Roles;

/**
 * What an upload is for, each with a pool of permits of its own ({@link UploadCapacity}):
 * verification (验章) or sealing (用印). The pools are apart because the work is: a verification
 * only reads what it was sent, while a sealing signs with a seal's key and records a use in the
 * database (the use register and the audit trail), and a batch holds its permit for up to
 * {@link SealingBatch#MAX_DOCUMENTS} signatures. Sharing one pool would let a run of batch
 * sealings refuse every verification, and many verifications refuse the window clerks' sealing;
 * a small pool of its own keeps sealing from crowding the key store and the database.
 *
 * <p>Each names the server variables of its kind ({@code bianmin.verification.*},
 * {@code bianmin.sealing.*}) and the roles its resource allows, since the admission must not let a
 * caller the resource refuses take a permit or learn a limit.
 */
public enum UploadWork {
    /** {@link VerificationResource}: every role; by default 2 × processors at once. */
    VERIFICATION("bianmin.verification", "verifications", 2,
            List.of(Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.PROXY_AGENT,
                    Roles.SUPERVISOR)),
    /** {@link OfdSealingResource}: the seal's custodians; by default 1 × processors at once. */
    SEALING("bianmin.sealing", "sealings", 1, List.of(Roles.SEAL_CUSTODIAN)),
    /**
     * {@link PublicVerificationResource}: anyone, without login; permits of its own, so that the
     * public cannot crowd out the staff's verifications; by default 1 × processors at once, and
     * each client address at most {@link PublicAllowance} requests a minute.
     */
    PUBLIC_VERIFICATION("bianmin.public.verification", "public verifications", 1, List.of());

    private final String prefix;
    private final String plural;
    private final int permitsPerProcessor;
    private final List<String> roles;

    UploadWork(String prefix, String plural, int permitsPerProcessor, List<String> roles) {
        this.prefix = prefix;
        this.plural = plural;
        this.permitsPerProcessor = permitsPerProcessor;
        this.roles = roles;
    }

    /** The prefix of this work's server variables, e.g. {@code bianmin.sealing}. */
    public String variablePrefix() {
        return prefix;
    }

    /** The variable that sets how many run at once, e.g. {@code bianmin.sealing.permits}. */
    public String permitsVariable() {
        return prefix + ".permits";
    }

    /** The variable that sets the time a body may take to arrive, in whole seconds. */
    public String uploadTimeVariable() {
        return prefix + ".upload.max.seconds";
    }

    /** The permits when {@link #permitsVariable()} is unset, for a machine with {@code processors}. */
    int defaultPermits(int processors) {
        return permitsPerProcessor * Math.max(1, processors);
    }

    /** The work in a message, e.g. "sealings". */
    String plural() {
        return plural;
    }

    /** The roles the resource allows (its {@code @RolesAllowed}). */
    List<String> roles() {
        return roles;
    }

    /**
     * Whether the caller holds a role the resource allows (the container has authenticated it), or
     * the resource allows anyone (no roles).
     */
    boolean allows(HttpServletRequest request) {
        return roles.isEmpty() || roles.stream().anyMatch(request::isUserInRole);
    }
}
