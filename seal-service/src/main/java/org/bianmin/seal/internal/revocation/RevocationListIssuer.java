package org.bianmin.seal.internal.revocation;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.RevocationListPublisher;
import org.bianmin.seal.SealState;
import org.bianmin.seal.SealTransition;
import org.bianmin.seal.internal.keys.KeyStoreContentSigner;
import org.bianmin.seal.internal.persistence.SealEntity;
import org.bianmin.seal.internal.persistence.SealStore;
import org.bianmin.seal.internal.persistence.TransitionEntity;
import org.bianmin.seal.spi.SealKeyStore;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;

/**
 * The county CA's certificate revocation list (证书撤销列表, RFC 5280 §5): a version 2 CRL signed
 * SM3withSM2 by the issuing CA key that issues the seals' signer certificates (through the key store; the
 * key never leaves it), with a {@code cRLNumber} from the database sequence (§5.2.3, larger for every
 * list issued on any node), {@code authorityKeyIdentifier} (§5.2.1), {@code thisUpdate} and
 * {@code nextUpdate} (§5.1.2.4–5).
 *
 * <p>It lists the signer certificate of every seal whose registry state says it may no longer sign:
 * <ul>
 *   <li>REVOKED or DESTROYED (吊销, 销毁) after a revocation: revocationDate the time the revocation was
 *       recorded, {@code invalidityDate} (§5.3.2) its effective time — a seal lost since a date is
 *       revoked from that date on;</li>
 *   <li>SUSPENDED (挂失): {@code reasonCode} certificateHold (§5.3.1), revocationDate and
 *       invalidityDate likewise from the suspension. A resumed seal is ACTIVE again and drops off the
 *       next list, as RFC 5280 §5.3.1 allows for a hold.</li>
 * </ul>
 * Seals revoked or rejected before they were made have no certificate and are not listed.
 */
public final class RevocationListIssuer implements RevocationListPublisher {
    /** How long a list stands by default before {@code nextUpdate}. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(24);

    private static final List<String> NOT_SIGNING = List.of(SealState.SUSPENDED.name(), SealState.REVOKED.name(),
            SealState.DESTROYED.name());

    private final SealStore store;
    private final SealKeyStore keys;
    private final String caAlias;
    private final X509CertificateHolder ca;
    private final TimeSource clock;
    private final Duration validity;
    private Issued last;
    private volatile Listed listed;

    /**
     * @param caAlias       the key-store alias of the CA key that issued the signer certificates
     * @param caCertificate that key's certificate (DER), the CRL's issuer
     * @param validity      the time from thisUpdate to nextUpdate
     */
    public RevocationListIssuer(SealStore store, SealKeyStore keys, String caAlias, byte[] caCertificate,
            TimeSource clock, Duration validity) {
        this.store = Checks.required(store, "seal store");
        this.keys = Checks.required(keys, "key store");
        this.caAlias = Checks.text(caAlias, "CA key alias");
        this.clock = Checks.required(clock, "time source");
        this.validity = Checks.required(validity, "CRL validity");
        if (validity.isNegative() || validity.isZero()) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "a CRL must stand for a positive time before"
                    + " its nextUpdate, not " + validity);
        }
        try {
            this.ca = new X509CertificateHolder(Checks.bytes(caCertificate, "CA certificate"));
        } catch (IOException | RuntimeException e) {
            throw BianminException.invalid("the CA certificate is not a DER X.509 certificate: " + e.getMessage());
        }
    }

    /** A new CRL (DER) of the registry as it stands now, with the next cRLNumber. */
    public byte[] issue() {
        return issue(entries(), clock.now().truncatedTo(ChronoUnit.SECONDS)).der();
    }

    /**
     * The current CRL (DER): the last one issued here while it lists what the registry lists now and
     * less than half of its time to nextUpdate has passed, else a new one.
     */
    @Override
    public byte[] currentList() {
        return currentList(clock.now());
    }

    /**
     * The current CRL (DER) for a verification whose validation time is {@code asOf}: as
     * {@link #currentList()}, but never dated after {@code asOf}. A verifier uses a list only from its
     * thisUpdate on (RFC 5280 §5.1.2.4), so a list issued while a verification runs, a second after
     * it began, would otherwise be no list for it. A list dated earlier than the moment it is made
     * still says all it lists: every revocation recorded up to that moment.
     */
    @Override
    public byte[] currentList(Instant asOf) {
        Checks.required(asOf, "as-of time");
        List<Entry> entries = entries();
        synchronized (this) {
            Instant now = clock.now();
            Instant dated = (asOf.isBefore(now) ? asOf : now).truncatedTo(ChronoUnit.SECONDS);
            Issued last = this.last;
            if (last != null && last.entries().equals(entries) && !last.thisUpdate().isAfter(dated)
                    && now.isBefore(last.thisUpdate().plus(validity.dividedBy(2)))) {
                return last.der().clone();
            }
            Issued issued = issue(entries, dated);
            if (last == null || !issued.thisUpdate().isBefore(last.thisUpdate())) {
                this.last = issued;
            }
            return issued.der().clone();
        }
    }

    /**
     * What the list must say now. Every verification of a county seal asks for the current list, so
     * the entries are read again only when the registry's transitions changed in number (on any
     * node: the count comes from the database); then in two queries, whatever the number of seals.
     */
    private List<Entry> entries() {
        return store.inTransaction(em -> {
            long transitions = store.transitionCount(em);
            Listed known = listed;
            if (known != null && known.transitions() == transitions) {
                return known.entries();
            }
            // the seals first: a transition commits with its seal's new state, so each seal read here
            // finds the transition into that state in the second query
            List<SealEntity> seals = store.sealsIn(em, NOT_SIGNING);
            Map<String, List<TransitionEntity>> bySeal = new HashMap<>();
            for (TransitionEntity transition : store.transitionsOfSealsIn(em, NOT_SIGNING)) {
                bySeal.computeIfAbsent(transition.esId(), id -> new ArrayList<>()).add(transition);
            }
            List<Entry> found = new ArrayList<>();
            for (SealEntity seal : seals) {
                if (seal.signerCertificate() != null) {
                    entryOf(seal, bySeal.getOrDefault(seal.esId(), List.of())).ifPresent(found::add);
                }
            }
            List<Entry> entries = List.copyOf(found);
            listed = new Listed(transitions, entries);
            return entries;
        });
    }

    private Issued issue(List<Entry> entries, Instant now) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(ca.getSubject(), Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(validity)));
            for (Entry entry : entries) {
                ExtensionsGenerator extensions = new ExtensionsGenerator();
                if (entry.hold()) {
                    extensions.addExtension(Extension.reasonCode, false, CRLReason.lookup(CRLReason.certificateHold));
                }
                extensions.addExtension(Extension.invalidityDate, false,
                        new ASN1GeneralizedTime(Date.from(entry.effectiveAt())));
                builder.addCRLEntry(entry.serial(), Date.from(entry.recordedAt()), extensions.generate());
            }
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(store.nextCrlNumber())));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new BcX509ExtensionUtils().createAuthorityKeyIdentifier(ca));
            return new Issued(entries, now, builder.build(new KeyStoreContentSigner(keys, caAlias)).getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException("a CRL built here cannot be encoded", e);
        }
    }

    /** The last list issued by {@link #current()}. */
    private record Issued(List<Entry> entries, Instant thisUpdate, byte[] der) {
    }

    /** The entries read when the registry held {@code transitions} transitions. */
    private record Listed(long transitions, List<Entry> entries) {
    }

    /** One listed certificate. */
    private record Entry(BigInteger serial, Instant recordedAt, Instant effectiveAt, boolean hold) {
    }

    /** The entry of a seal that may not sign, from its last transition into its present state. */
    private static java.util.Optional<Entry> entryOf(SealEntity seal, List<TransitionEntity> transitions) {
        SealState state = SealState.valueOf(seal.state());
        SealState listedFor = state == SealState.DESTROYED ? SealState.REVOKED : state;
        SealTransition last = null;
        for (TransitionEntity transition : transitions) {
            SealTransition t = transition.toTransition();
            if (t.to() == listedFor) {
                last = t;
            }
        }
        if (last == null) {
            return java.util.Optional.empty(); // destroyed after a rejection: never certified
        }
        BigInteger serial;
        try {
            serial = new X509CertificateHolder(seal.signerCertificate()).getSerialNumber();
        } catch (IOException e) {
            throw new IllegalStateException("the stored signer certificate of seal " + seal.esId()
                    + " cannot be read", e);
        }
        return java.util.Optional.of(new Entry(serial, last.at(), last.effectiveAt(), state == SealState.SUSPENDED));
    }
}
