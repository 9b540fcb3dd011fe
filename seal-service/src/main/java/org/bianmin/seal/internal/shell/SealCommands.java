package org.bianmin.seal.internal.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.internal.shell.ActingCommands;
import org.bianmin.internal.shell.ShellResult;
import org.bianmin.internal.shell.ShellUser;
import org.bianmin.internal.shell.ShellUserConfig;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealProposal;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealRequest;
import org.bianmin.seal.SealTransition;
import org.bianmin.seal.SealVerifier;
import org.bianmin.seal.SubSealRequest;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.report.TextReport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Gogo shell commands for county seal administrators and auditors (scope {@code seal}). Every
 * command that changes a seal acts as the shell user ({@link ShellUser}: the session's
 * authenticated user, or the administrator configuration {@code org.bianmin.shell} maps the local
 * console to), who is recorded in the seal's history and the audit trail; no command takes the
 * acting person as an argument. Dual control applies as through any other caller: the approver of a
 * request is not its requester, and a resumption, a back-dated revocation and a custody grant are
 * proposals until another shell user confirms them.
 */
@Component(service = SealCommands.class, configurationPid = ShellUser.PID, property = {
    "osgi.command.scope=seal",
    "osgi.command.function=list", "osgi.command.function=show", "osgi.command.function=request",
    "osgi.command.function=approve", "osgi.command.function=reject", "osgi.command.function=make",
    "osgi.command.function=activate", "osgi.command.function=sub", "osgi.command.function=suspend",
    "osgi.command.function=resume", "osgi.command.function=revoke", "osgi.command.function=destroy",
    "osgi.command.function=custody", "osgi.command.function=verify", "osgi.command.function=proposals",
    "osgi.command.function=confirm", "osgi.command.function=decline", "osgi.command.function=withdraw"
})
@Designate(ocd = ShellUserConfig.class)
public class SealCommands extends ActingCommands {
    private final SealRegistry registry;
    private final SealVerifier verifier;

    private final TimeSource clock;


    @Activate
    public SealCommands(@Reference SealRegistry registry, @Reference SealVerifier verifier,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock, ShellUserConfig shell) {
        super(shell);
        this.registry = registry;
        this.verifier = verifier;
        this.clock = TimeSource.orSystem(clock);
    }

    @Descriptor("list the seals of a county or township, centre seals before their numbered sub-seals")
    public String list(@Descriptor("division code, e.g. 513322") String division) {
        return ShellResult.of(() -> {
            List<Seal> seals = registry.list(DivisionCode.of(division));
            if (seals.isEmpty()) {
                return "no seals within " + division;
            }
            return seals.stream().map(SealCommands::line).collect(Collectors.joining("\n"));
        });
    }

    @Descriptor("show a seal and its recorded lifecycle")
    public String show(@Descriptor("esID") String esId) {
        return ShellResult.of(() -> {
            Seal seal = registry.get(esId);
            StringBuilder out = new StringBuilder(line(seal)).append('\n');
            out.append("  owner ").append(seal.ownerUnit()).append(" (").append(seal.ownerDivision()).append(")\n");
            out.append("  valid ").append(seal.validFrom()).append(" .. ").append(seal.validTo()).append('\n');
            for (SealTransition step : registry.history(esId)) {
                out.append("  ").append(step.at()).append(' ').append(step.from() == null ? "-" : step.from())
                        .append(" -> ").append(step.to()).append(" by ").append(step.actor());
                if (step.reason() != null) {
                    out.append(": ").append(step.reason());
                }
                out.append('\n');
            }
            return out.toString().stripTrailing();
        });
    }

    @Descriptor("request, as the shell user, a township centre's approval seal (审批服务专用章)")
    public String request(CommandSession session,
            @Descriptor("owner unit, e.g. 泸定县兴隆镇便民服务中心") String ownerUnit,
            @Descriptor("owner's 9-digit township code") String ownerDivision,
            @Descriptor("seal name") String name,
            @Descriptor("purpose below the star, e.g. 审批专用章") String purpose,
            @Descriptor("first valid day, YYYY-MM-DD (China Standard Time)") String validFrom,
            @Descriptor("last valid day, YYYY-MM-DD") String validTo) {
        return ShellResult.of(() -> line(registry.request(new SealRequest(ownerUnit, DivisionCode.of(ownerDivision),
                name, purpose, startOf(validFrom), startOf(validTo), actor(session)))));
    }

    @Descriptor("approve a requested seal as the shell user, who must not be its requester (dual control)")
    public String approve(CommandSession session, @Descriptor("esID") String esId) {
        return ShellResult.of(() -> line(registry.approve(esId, actor(session))));
    }

    @Descriptor("reject a requested seal as the shell user")
    public String reject(CommandSession session, @Descriptor("esID") String esId, @Descriptor("reason") String reason) {
        return ShellResult.of(() -> line(registry.reject(esId, actor(session), reason)));
    }

    @Descriptor("make an approved seal: key pair, certificate, picture and the maker-signed SESeal")
    public String make(CommandSession session, @Descriptor("esID") String esId) {
        return ShellResult.of(() -> line(registry.make(esId, actor(session))));
    }

    @Descriptor("activate a made seal")
    public String activate(CommandSession session, @Descriptor("esID") String esId) {
        return ShellResult.of(() -> line(registry.activate(esId, actor(session))));
    }

    @Descriptor("request the next numbered sub-seal of an active approval seal for one of the centre's sites")
    public String sub(CommandSession session, @Descriptor("the approval seal's esID") String parentEsId,
            @Descriptor("site name, e.g. 泸定县兴隆镇沙坝便民服务站") String siteName,
            @Descriptor("site's division code") String siteDivision) {
        return ShellResult.of(() -> line(registry.requestSubSeal(new SubSealRequest(parentEsId, siteName,
                DivisionCode.of(siteDivision), actor(session)))));
    }

    @Descriptor("suspend an active seal (挂失)")
    public String suspend(CommandSession session, @Descriptor("esID") String esId,
            @Descriptor("reason") String reason) {
        return ShellResult.of(() -> line(registry.suspend(esId, actor(session), reason)));
    }

    @Descriptor("propose resuming a suspended seal (恢复); another shell user confirms it (seal:confirm)")
    public String resume(CommandSession session, @Descriptor("esID") String esId,
            @Descriptor("reason") String reason) {
        return ShellResult.of(() -> line(registry.proposeResumption(esId, actor(session), reason)));
    }

    @Descriptor("revoke a seal, effective now")
    public String revoke(CommandSession session, @Descriptor("esID") String esId,
            @Descriptor("reason") String reason) {
        return ShellResult.of(() -> line(registry.revoke(esId, actor(session), reason, clock.now())));
    }

    @Descriptor("revoke a seal with an effective time that is not in the future; an earlier one is proposed"
            + " for another shell user to confirm (seal:confirm)")
    public String revoke(CommandSession session, @Descriptor("esID") String esId,
            @Descriptor("reason") String reason, @Descriptor("effective instant, ISO-8601") String effectiveAt) {
        return ShellResult.of(() -> {
            Instant effective = instant(effectiveAt);
            Actor actor = actor(session);
            if (SealProposal.backDated(effective, clock.now())) {
                return line(registry.proposeRevocation(esId, actor, reason, effective));
            }
            return line(registry.revoke(esId, actor, reason, effective));
        });
    }

    @Descriptor("destroy a revoked or rejected seal: its key is destroyed, its record kept")
    public String destroy(CommandSession session, @Descriptor("esID") String esId,
            @Descriptor("reason") String reason) {
        return ShellResult.of(() -> line(registry.destroy(esId, actor(session), reason)));
    }

    @Descriptor("propose, as the shell user, allowing an operator to sign with a seal (custodian policy);"
            + " another shell user confirms it (seal:confirm)")
    public String custody(CommandSession session, @Descriptor("esID") String esId,
            @Descriptor("the operator who is to hold the seal") String operator) {
        return ShellResult.of(() -> line(registry.proposeCustody(esId, Actor.of(operator),
                actor(session), null)));
    }

    @Descriptor("list a seal's proposals (resumption, back-dated revocation, custody), oldest first")
    public String proposals(@Descriptor("esID") String esId) {
        return ShellResult.of(() -> {
            List<SealProposal> all = registry.proposals(esId);
            return all.isEmpty() ? "no proposals for " + esId
                    : all.stream().map(SealCommands::line).collect(Collectors.joining("\n"));
        });
    }

    @Descriptor("confirm a proposal as the shell user and make its change; the shell user is not the proposer"
            + " (dual control)")
    public String confirm(CommandSession session, @Descriptor("esID") String esId,
            @Descriptor("proposal id") String proposalId) {
        return ShellResult.of(() -> line(registry.confirm(esId, proposalId, actor(session))));
    }

    @Descriptor("reject a proposal as the shell user, with a reason; nothing changes")
    public String decline(CommandSession session, @Descriptor("esID") String esId,
            @Descriptor("proposal id") String proposalId, @Descriptor("reason") String reason) {
        return ShellResult.of(() -> line(registry.rejectProposal(esId, proposalId, actor(session),
                reason)));
    }

    @Descriptor("withdraw the shell user's own proposal; nothing changes")
    public String withdraw(CommandSession session, @Descriptor("esID") String esId,
            @Descriptor("proposal id") String proposalId) {
        return ShellResult.of(() -> line(registry.withdrawProposal(esId, proposalId, actor(session),
                null)));
    }

    @Descriptor("verify an OFD document or a standalone seal (.esl) with the default policy")
    public String verify(@Descriptor("path of the OFD or .esl file") String file) {
        return ShellResult.of(() -> {
            Path path = Path.of(file);
            byte[] bytes = read(path);
            VerificationReport report = isZip(bytes)
                    ? verifier.verifyOfd(new java.io.ByteArrayInputStream(bytes), verifier.defaultPolicy())
                    : verifier.verifySeal(bytes, verifier.defaultPolicy());
            return TextReport.render(List.of(report), Locale.getDefault()).stripTrailing();
        });
    }

    @Descriptor("verify a detached SES_Signature against its document with the default policy")
    public String verify(@Descriptor("path of the signature (DER)") String signature,
            @Descriptor("path of the signed document") String document) {
        return ShellResult.of(() -> {
            byte[] signatureBytes = read(Path.of(signature));
            try (InputStream in = Files.newInputStream(Path.of(document))) {
                VerificationReport report = verifier.verifyDetached(signatureBytes, in, verifier.defaultPolicy());
                return TextReport.render(List.of(report), Locale.getDefault()).stripTrailing();
            } catch (IOException e) {
                throw new BianminException(ErrorCode.DOCUMENT_UNREADABLE, "cannot read " + document + ": " + e.getMessage());
            }
        });
    }

    private static String line(Seal seal) {
        return String.format(Locale.ROOT, "%s %-9s %s%s", seal.esId(), seal.state(), seal.name(),
                seal.isSubSeal() ? "  [sub-seal " + seal.number() + " of " + seal.parentEsId() + "]" : "");
    }

    private static String line(SealProposal proposal) {
        String change = switch (proposal.kind()) {
            case REVOCATION -> "revocation effective " + proposal.effectiveAt();
            case RESUMPTION -> "resumption";
            case CUSTODY -> "custody for " + proposal.operator();
        };
        return String.format(Locale.ROOT, "%s %-9s %s %s (seal %s) proposed by %s%s", proposal.id(), proposal.status(),
                proposal.esId(), change, proposal.sealState(), proposal.proposedBy(),
                proposal.pending() ? "; another shell user confirms it (seal:confirm)" : "; " + proposal.status()
                        .name().toLowerCase(Locale.ROOT) + " by " + proposal.decidedBy());
    }

    private static Instant startOf(String day) {
        try {
            return LocalDate.parse(day).atStartOfDay(TimeSource.CHINA).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw BianminException.invalid("'" + day + "' is not a date like 2026-01-01");
        }
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw BianminException.invalid("'" + text + "' is not an instant like 2026-01-01T08:00:00Z");
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new BianminException(ErrorCode.DOCUMENT_UNREADABLE, "cannot read " + path + ": " + e.getMessage());
        }
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }
}
