package org.bianmin.seal.internal.registry;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javax.sql.DataSource;
import org.bianmin.audit.AuditTrail;
import org.bianmin.audit.spi.AuditOutbox;
import org.bianmin.audit.spi.OutboxRecord;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealRequest;
import org.bianmin.seal.internal.keys.Pkcs12SealKeyStore;
import org.bianmin.seal.internal.ofd.OfdLimits;
import org.bianmin.seal.internal.keys.SoftwareSealMakerAuthority;
import org.bianmin.seal.internal.persistence.SealStore;
import org.bianmin.seal.internal.picture.SealFonts;
import org.bianmin.seal.internal.picture.SealPictureRenderer;
import org.bianmin.seal.internal.sealing.OfdSealerComponent;
import org.bianmin.seal.internal.signing.SealSignerComponent;
import org.bianmin.seal.internal.signing.SignatureTimeStamper;
import org.bianmin.seal.internal.signing.SignatureTimeStamper.WhenUnavailable;
import org.bianmin.seal.internal.tsa.CountyTimeStampAuthority;
import org.bianmin.seal.internal.tsa.CountyTsaCertificate;
import org.bianmin.seal.internal.tsa.TimeStampPolicy;
import org.bianmin.seal.spi.TimeStampSource;
import org.bianmin.seal.internal.verify.DefaultSealVerifier;
import org.bianmin.testing.TestDatabase;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;

/**
 * A registry and signer on a fresh test database, with a key store in a temporary folder, a
 * county CA made for this run and a clock the test moves.
 */
public final class RegistryFixture implements AutoCloseable {
    public static final Actor CLERK = Actor.of("county.clerk.wang");
    public static final Actor APPROVER = Actor.of("county.approver.li");
    public static final Actor MAKER = Actor.of("county.maker.zhang");
    public static final Actor CUSTODIAN = Actor.of("xinglong.custodian.chen");
    public static final DivisionCode XINGLONG = DivisionCode.of("513322102");
    public static final DivisionCode LENGQI = DivisionCode.of("513322103");
    public static final Instant START = Instant.parse("2026-03-01T01:00:00Z");
    /** The seal key store's file name in the fixture's directory, and its password. */
    public static final String KEY_STORE = "seal-keys.p12";
    public static final String KEY_STORE_PASSWORD = "test-password";

    private static SealPictureRenderer renderer;

    /** The test database, or null when the fixture runs on a data source given to it. */
    public final TestDatabase database;
    public final DataSource dataSource;
    public final SealStore store;
    public final Pkcs12SealKeyStore keys;
    public final SoftwareSealMakerAuthority authority;
    public final SealRegistryComponent registry;
    public final SealSignerComponent signer;
    /** The county time-stamp authority, its certificate issued by the fixture's county CA. */
    public final CountyTimeStampAuthority tsa;
    /** What signing asks for time-stamps: the county TSA unless a test swaps it (e.g. for an unreachable one). */
    public final AtomicReference<TimeStampSource> timeStamps = new AtomicReference<>();
    public final AtomicReference<Instant> now = new AtomicReference<>(START);
    public final TimeSource clock = now::get;

    public RegistryFixture(Path directory, AuditTrail trail) {
        this(directory, trail, TestDatabase.create(), null, null, null, RegistryFixture::keyStore);
    }

    /**
     * A fixture whose CA runs under the offline root {@code rootCertificate} (DER): the issuing CA
     * certificate must already be installed in {@link #KEY_STORE} under {@code directory}.
     */
    public RegistryFixture(Path directory, AuditTrail trail, byte[] rootCertificate) {
        this(directory, trail, TestDatabase.create(), null, null, rootCertificate, RegistryFixture::keyStore);
    }

    /** A fixture whose CA names {@code crlDistributionPoint} in the certificates it issues. */
    public RegistryFixture(Path directory, AuditTrail trail, java.net.URI crlDistributionPoint) {
        this(directory, trail, TestDatabase.create(), null, crlDistributionPoint, null, RegistryFixture::keyStore);
    }

    /** A fixture on {@code dataSource} (e.g. embedded Derby), which the caller owns. */
    public RegistryFixture(Path directory, AuditTrail trail, DataSource dataSource) {
        this(directory, trail, null, dataSource, null, null, RegistryFixture::keyStore);
    }

    /** A fixture on {@code dataSource}, which the caller owns, with the key store {@code keyStore} opens on its file. */
    public RegistryFixture(Path directory, AuditTrail trail, DataSource dataSource,
            Function<Path, Pkcs12SealKeyStore> keyStore) {
        this(directory, trail, null, dataSource, null, null, keyStore);
    }

    private RegistryFixture(Path directory, AuditTrail trail, TestDatabase database, DataSource given,
            java.net.URI crlDistributionPoint, byte[] rootCertificate, Function<Path, Pkcs12SealKeyStore> keyStore) {
        this.database = database;
        this.dataSource = database != null ? database.dataSource() : given;
        store = SealStore.open(dataSource);
        integrateByAppending(trail);
        keys = keyStore.apply(directory.resolve(KEY_STORE));
        authority = new SoftwareSealMakerAuthority(keys, "泸定县电子印章制作中心", clock, crlDistributionPoint,
                rootCertificate);
        registry = new SealRegistryComponent(store, keys, authority, renderer(), clock, () -> trail,
                RegistrySettings.LUDING);
        tsa = new CountyTimeStampAuthority(keys, CountyTsaCertificate.ALIAS, CountyTsaCertificate.provision(keys,
                CountyTsaCertificate.ALIAS, authority, "泸定县时间戳服务", clock), TimeStampPolicy.DEFAULT,
                store::nextTimeStampSerial, clock);
        timeStamps.set(tsa);
        signer = new SealSignerComponent(store, keys, clock, () -> trail, stamper(WhenUnavailable.REFUSE));
    }

    /**
     * Makes a mock trail integrate an outbox the way the real one does, one {@code append} per
     * record and then {@code integrated}, so tests see each event the registry recorded as one
     * {@code append} of the mock right after the operation returns; a trail that refuses the append
     * leaves the record in the outbox.
     */
    private static void integrateByAppending(AuditTrail trail) {
        if (trail == null || !Mockito.mockingDetails(trail).isMock()) {
            return;
        }
        Mockito.lenient().when(trail.integrate(ArgumentMatchers.any())).thenAnswer(call -> {
            AuditOutbox outbox = call.getArgument(0);
            List<OutboxRecord> pending = outbox.pending(1_000);
            pending.forEach(record -> trail.append(record.event()));
            outbox.integrated(pending.stream().map(OutboxRecord::id).toList());
            return pending.size();
        });
    }

    /** The fixture's key store at {@code file}, with {@link #KEY_STORE_PASSWORD}. */
    public static Pkcs12SealKeyStore keyStore(Path file) {
        return new Pkcs12SealKeyStore(file, KEY_STORE_PASSWORD.toCharArray());
    }

    /** The records waiting in the registry's audit outbox. */
    public List<OutboxRecord> pendingAudit() {
        return store.auditOutbox().pending(1_000);
    }

    /** A stamper that asks {@link #timeStamps} and follows {@code policy} when it cannot answer. */
    public SignatureTimeStamper stamper(WhenUnavailable policy) {
        return new SignatureTimeStamper(timeStamps::get, policy);
    }

    public static synchronized SealPictureRenderer renderer() {
        if (renderer == null) {
            renderer = new SealPictureRenderer(SealFonts.find(null, SealFonts.KNOWN_PATHS, true));
        }
        return renderer;
    }

    /** Moves the clock on. */
    public void advance(Duration duration) {
        now.set(now.get().plus(duration));
    }

    /**
     * The archive time-stamps over the fixture's use register, asking {@link #timeStamps} and renewing
     * records within 180 days of their archive TSA certificate's expiry.
     */
    public org.bianmin.seal.internal.archive.EvidenceRecords evidenceRecords(AuditTrail trail) {
        return new org.bianmin.seal.internal.archive.EvidenceRecords(store, timeStamps::get, clock,
                new AuditEmitter(store, () -> trail, clock), Duration.ofDays(180));
    }

    /**
     * A county TSA with a new key under {@code alias} and a certificate the county CA issues now, valid
     * five years: the authority a county moves to before its old certificate expires.
     */
    public CountyTimeStampAuthority newTsa(String alias) {
        return new CountyTimeStampAuthority(keys, alias, CountyTsaCertificate.provision(keys, alias, authority,
                "泸定县时间戳服务", clock), TimeStampPolicy.DEFAULT, store::nextTimeStampSerial, clock);
    }

    /** A verifier that trusts the fixture's county CA and asks the fixture's registry for seal status. */
    public DefaultSealVerifier verifier() {
        return new DefaultSealVerifier(registry, () -> authority.caCertificates(), clock, OfdLimits.DEFAULT);
    }

    /** An OFD sealer on the fixture's registry, checking existing signatures with {@code verifier}. */
    public OfdSealerComponent ofdSealer(AuditTrail trail, DefaultSealVerifier verifier) {
        return new OfdSealerComponent(store, keys, clock, () -> trail, verifier, stamper(WhenUnavailable.REFUSE));
    }

    /** A request for 兴隆镇's approval seal, valid for three years from now. */
    public SealRequest xinglongRequest() {
        return request(XINGLONG, "泸定县兴隆镇便民服务中心");
    }

    public SealRequest request(DivisionCode division, String owner) {
        return new SealRequest(owner, division, owner + "审批服务专用章", "审批专用章", now.get(),
                now.get().plus(Duration.ofDays(3 * 365)), CLERK);
    }

    /** Requests, approves, makes and activates a seal; grants custody to {@link #CUSTODIAN}. */
    public Seal activeSeal(SealRequest request) {
        Seal seal = registry.request(request);
        registry.approve(seal.esId(), APPROVER);
        registry.make(seal.esId(), MAKER);
        Seal active = registry.activate(seal.esId(), MAKER);
        grantCustody(seal.esId(), CUSTODIAN);
        return active;
    }

    /** Grants custody to {@code operator} the dual-control way: {@link #MAKER} proposes, {@link #APPROVER} confirms. */
    public void grantCustody(String esId, Actor operator) {
        registry.confirm(esId, registry.proposeCustody(esId, operator, MAKER, null).id(), APPROVER);
    }

    /** Resumes a suspended seal the dual-control way: {@link #MAKER} proposes, {@link #APPROVER} confirms. */
    public Seal resume(String esId, String reason) {
        registry.confirm(esId, registry.proposeResumption(esId, MAKER, reason).id(), APPROVER);
        return registry.get(esId);
    }

    /**
     * Revokes a seal effective at {@code effectiveAt}: at once by {@link #APPROVER} when that is now,
     * otherwise proposed by {@link #MAKER} and confirmed by {@link #APPROVER}.
     */
    public Seal revoke(String esId, String reason, Instant effectiveAt) {
        if (!org.bianmin.seal.SealProposal.backDated(effectiveAt, now.get())) {
            return registry.revoke(esId, APPROVER, reason, effectiveAt);
        }
        registry.confirm(esId, registry.proposeRevocation(esId, MAKER, reason, effectiveAt).id(), APPROVER);
        return registry.get(esId);
    }

    /** The number of rows of each table a registry write or a signing adds to. */
    public Map<String, Long> rowCounts() {
        return Map.of("seal_seal", count("seal_seal"), "seal_transition", count("seal_transition"),
                "seal_use", count("seal_use"), "seal_counter", count("seal_counter"),
                "seal_audit_outbox", count("seal_audit_outbox"));
    }

    /** The number of rows of a table. */
    public long count(String table) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        store.close();
        if (database != null) {
            database.close();
        }
    }
}
