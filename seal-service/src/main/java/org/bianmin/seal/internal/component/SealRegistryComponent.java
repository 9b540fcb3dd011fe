package org.bianmin.seal.internal.component;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealRequest;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SealSigner;
import org.bianmin.seal.SealState;
import org.bianmin.seal.SealTransition;
import org.bianmin.seal.SealUse;
import org.bianmin.seal.SubSealRequest;
import org.bianmin.seal.internal.picture.SealPictureRenderer;
import org.bianmin.seal.internal.registry.RegistrySettings;
import org.bianmin.seal.internal.registry.SealRegistryService;
import org.bianmin.seal.internal.signing.SealSignerService;
import org.bianmin.seal.spi.SealKeyStore;
import org.bianmin.seal.spi.SealMakerAuthority;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The {@link SealRegistry} and {@link SealSigner} services (PID {@code org.bianmin.seal.registry}).
 * The key store and the seal maker are the highest-ranked registered services (an HSM and a
 * provincial CA win over the embedded defaults, which rank -100); the audit trail is optional and
 * dynamic, read at each operation; the clock is a registered {@link TimeSource} or the system clock.
 */
@Component(service = {SealRegistry.class, SealSigner.class}, immediate = true,
        configurationPid = SealRegistryComponent.PID)
@Designate(ocd = SealRegistryComponent.Config.class)
public class SealRegistryComponent implements SealRegistry, SealSigner {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.seal.registry";

    /** The county the registry serves and how its seals look. */
    @ObjectClassDefinition(name = "Bianmin seal registry",
            description = "The county's electronic approval-seal registry (一枚印章管审批).")
    public @interface Config {
        @AttributeDefinition(name = "County division code",
                description = "6-digit GB/T 2260 code of the county; the first 6 digits of every esID.")
        String county_division_code() default "513322";

        @AttributeDefinition(name = "Vendor id", description = "The vid written into every seal's SES_Header.")
        String vendor_id() default "BIANMIN";

        @AttributeDefinition(name = "Picture diameter (mm)", description = "42 mm for township bodies.",
                min = "20", max = "60")
        int picture_diameter_mm() default 42;

        @AttributeDefinition(name = "Seal font file", required = false, description = "A Song-style CJK font;"
                + " empty searches fonts-arphic-uming and fonts-noto-cjk.")
        String font_file() default "";
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditTrail auditTrail;

    private final SealRegistryService registry;
    private final SealSignerService signer;

    @Activate
    public SealRegistryComponent(@Reference SealStorage storage,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) SealKeyStore keys,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) SealMakerAuthority authority,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            Config config) {
        TimeSource time = clock == null ? TimeSource.system() : clock;
        RegistrySettings settings = new RegistrySettings(DivisionCode.of(config.county_division_code()),
                config.vendor_id(), config.picture_diameter_mm());
        this.registry = new SealRegistryService(storage.store(), keys, authority,
                SealPictureRenderer.locatingFont(config.font_file()), time, () -> auditTrail, settings);
        this.signer = new SealSignerService(storage.store(), keys, time, () -> auditTrail);
    }

    @Override
    public SealSignature sign(String esId, InputStream document, String caseNumber, Actor operator) {
        return signer.sign(esId, document, caseNumber, operator);
    }

    @Override
    public Seal request(SealRequest request) {
        return registry.request(request);
    }

    @Override
    public Seal requestSubSeal(SubSealRequest request) {
        return registry.requestSubSeal(request);
    }

    @Override
    public Seal approve(String esId, Actor approver) {
        return registry.approve(esId, approver);
    }

    @Override
    public Seal reject(String esId, Actor approver, String reason) {
        return registry.reject(esId, approver, reason);
    }

    @Override
    public Seal make(String esId, Actor actor) {
        return registry.make(esId, actor);
    }

    @Override
    public Seal activate(String esId, Actor actor) {
        return registry.activate(esId, actor);
    }

    @Override
    public Seal suspend(String esId, Actor actor, String reason) {
        return registry.suspend(esId, actor, reason);
    }

    @Override
    public Seal resume(String esId, Actor actor, String reason) {
        return registry.resume(esId, actor, reason);
    }

    @Override
    public Seal revoke(String esId, Actor actor, String reason, Instant effectiveAt) {
        return registry.revoke(esId, actor, reason, effectiveAt);
    }

    @Override
    public Seal destroy(String esId, Actor actor, String reason) {
        return registry.destroy(esId, actor, reason);
    }

    @Override
    public void grantCustody(String esId, Actor operator, Actor grantedBy) {
        registry.grantCustody(esId, operator, grantedBy);
    }

    @Override
    public void withdrawCustody(String esId, Actor operator, Actor withdrawnBy) {
        registry.withdrawCustody(esId, operator, withdrawnBy);
    }

    @Override
    public Optional<Seal> find(String esId) {
        return registry.find(esId);
    }

    @Override
    public Seal get(String esId) {
        return registry.get(esId);
    }

    @Override
    public List<Seal> list(DivisionCode division) {
        return registry.list(division);
    }

    @Override
    public List<SealTransition> history(String esId) {
        return registry.history(esId);
    }

    @Override
    public List<SealUse> uses(String esId) {
        return registry.uses(esId);
    }

    @Override
    public DivisionCode county() {
        return registry.county();
    }

    @Override
    public Optional<SealUse> useOfSignature(String esId, String signatureHash) {
        return registry.useOfSignature(esId, signatureHash);
    }

    @Override
    public SealState stateAt(String esId, Instant instant) {
        return registry.stateAt(esId, instant);
    }

    @Override
    public byte[] sealStructure(String esId) {
        return registry.sealStructure(esId);
    }

    @Override
    public byte[] picturePng(String esId) {
        return registry.picturePng(esId);
    }

    @Override
    public String pictureSvg(String esId) {
        return registry.pictureSvg(esId);
    }

    @Override
    public byte[] signerCertificate(String esId) {
        return registry.signerCertificate(esId);
    }
}
