package org.bianmin.seal.internal.sealing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.Indication;
import org.bianmin.seal.OfdBatchDocument;
import org.bianmin.seal.OfdBatchResult;
import org.bianmin.seal.OfdSealRequest;
import org.bianmin.seal.OfdSealer;
import org.bianmin.seal.SealVerifier;
import org.bianmin.seal.SealedOfd;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.StampPlacement;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.format.SESESPictrueInfo;
import org.bianmin.seal.internal.ofd.OfdFormatException;
import org.bianmin.seal.internal.ofd.OfdLimits;
import org.bianmin.seal.internal.ofd.OfdPackage;
import org.bianmin.seal.internal.persistence.SealStore;
import org.bianmin.seal.internal.registry.AuditEmitter;
import org.bianmin.seal.internal.signing.DocumentHash;
import org.bianmin.seal.internal.signing.SealUses;
import org.bianmin.seal.internal.signing.SignatureMaker;
import org.bianmin.seal.internal.signing.SignatureTimeStamper;
import org.bianmin.seal.spi.SealKeyStore;
import org.bouncycastle.util.encoders.Hex;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link OfdSealer} service: sealing OFD documents with the registry's seals (GB/T 33190-2016
 * §18, GB/T 38540-2020), under the rules of every use of a seal ({@link SealUses}). The document is
 * read and bounded ({@link OfdLimits}) and its existing signatures verified before anything is
 * checked; the stamps are placed and signed, the signature time-stamped, and the package written
 * with the stamped SignedValue.dat before the use is recorded, so that a refusal at any step
 * records nothing. The rules of use, and with them the audit trail, the time-stamp source and the
 * policy when it is unavailable, are those of signing ({@link SealUses}): without an audit trail
 * the sealer is not active and the REST API answers 503 {@code SERVICE_UNAVAILABLE}.
 */
@Component(service = OfdSealer.class, immediate = true)
public class OfdSealerComponent implements OfdSealer {
    /** The picture size used when a seal's picture does not state one, in mm (国发〔1999〕25号). */
    static final int DEFAULT_PICTURE_MM = 42;

    private final SealUses uses;
    private final OfdSealMaker maker;
    private final SealVerifier verifier;
    private final OfdLimits limits;

    /**
     * A sealer outside a framework.
     *
     * @param trail   gives the audit trail at each call
     * @param stamper time-stamps every signature
     */
    public OfdSealerComponent(SealStore store, SealKeyStore keys, TimeSource clock, Supplier<AuditTrail> trail,
            SealVerifier verifier, SignatureTimeStamper stamper) {
        this(new SealUses(store, clock, new AuditEmitter(store, Checks.required(trail, "audit trail supplier"),
                clock), stamper), keys, verifier);
    }

    /** The service in OSGi, with the bundle's rules of use and the highest-ranked key store. */
    @Activate
    public OfdSealerComponent(@Reference SealUses uses,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) SealKeyStore keys,
            @Reference SealVerifier verifier) {
        this.uses = Checks.required(uses, "rules of use");
        this.maker = new OfdSealMaker(new SignatureMaker(keys));
        this.verifier = Checks.required(verifier, "verifier");
        this.limits = OfdLimits.DEFAULT;
    }

    @Override
    public SealedOfd seal(OfdSealRequest request, Actor operator) {
        Checks.required(request, "request");
        Checks.required(operator, "operator");
        byte[] ofd = request.ofd();
        OfdPackage pkg = read(ofd);
        if (!request.acceptInvalidSignatures()) {
            requireValidSignatures(ofd);
        }
        String esId = request.esId();
        return uses.use(esId, request.caseNumber(), operator, (seal, at) -> {
            SESESPictrueInfo picture = seal.seal().getSealInfo().getPicture();
            OfdSealMaker.Signed signed;
            OfdSealMaker.Plan plan;
            try {
                plan = OfdSealMaker.plan(pkg, request.placement(), size(picture.getWidth()),
                        size(picture.getHeight()));
                signed = maker.sign(plan, seal, at);
            } catch (OfdFormatException e) {
                throw notSealable(e);
            }
            return new SealUses.Signed<>(signed.signature(), signedValue -> {
                OfdSealMaker.Sealed sealed = signed.write(signedValue);
                byte[] packageHash = DocumentHash.sm3(sealed.ofd());
                SealedOfd result = new SealedOfd(esId, at, sealed.signatureId(), sealed.signaturePath(),
                        Hex.toHexString(packageHash), Hex.toHexString(DocumentHash.sm3(sealed.signedValue())),
                        plan.stamps(), sealed.ofd());
                return new SealUses.Made<>(result, packageHash, sealed.signedValue(), plan.stamps());
            });
        });
    }

    @Override
    public List<OfdBatchResult> sealBatch(String esId, List<OfdBatchDocument> documents, StampPlacement placement,
            Actor operator) {
        Checks.text(esId, "esID");
        Checks.required(placement, "placement");
        Checks.required(operator, "operator");
        List<OfdBatchDocument> all = Checks.list(documents, "documents");
        if (all.isEmpty() || all.size() > MAX_BATCH_DOCUMENTS) {
            throw BianminException.invalid("a batch holds 1 to " + MAX_BATCH_DOCUMENTS + " documents; this one has "
                    + all.size());
        }
        Set<String> names = new HashSet<>();
        for (OfdBatchDocument document : all) {
            if (!names.add(document.name())) {
                throw BianminException.invalid("the batch has two documents named '" + document.name()
                        + "'; names must be unique so that each result can be matched");
            }
        }
        List<OfdBatchResult> results = new ArrayList<>(all.size());
        for (OfdBatchDocument document : all) {
            try {
                results.add(OfdBatchResult.sealed(document.name(), seal(new OfdSealRequest(esId, document.ofd(),
                        placement, document.caseNumber()), operator)));
            } catch (BianminException e) {
                results.add(OfdBatchResult.refused(document.name(), e.code(), e.getMessage()));
            }
        }
        return List.copyOf(results);
    }

    private OfdPackage read(byte[] ofd) {
        try {
            return OfdPackage.read(ofd, limits);
        } catch (OfdFormatException e) {
            throw notSealable(e);
        }
    }

    /** Refuses a document whose existing signatures do not all verify TOTAL_PASSED. */
    private void requireValidSignatures(byte[] ofd) {
        VerificationReport report = verifier.verifyOfd(new ByteArrayInputStream(ofd), verifier.defaultPolicy());
        if (report.signatures().isEmpty()) {
            return;
        }
        for (SignatureReport signature : report.signatures()) {
            if (signature.indication() != Indication.TOTAL_PASSED) {
                throw new BianminException(ErrorCode.OFD_EXISTING_SIGNATURE_INVALID, "the document's signature "
                        + signature.signatureId() + " does not verify (" + signature.indication() + ", "
                        + signature.subIndication() + "); nothing was sealed. Seal it only if you accept that"
                        + " signature as it is (acceptInvalidSignatures)");
            }
        }
    }

    private static double size(int mm) {
        return mm > 0 ? mm : DEFAULT_PICTURE_MM;
    }

    private static BianminException notSealable(OfdFormatException e) {
        return new BianminException(ErrorCode.OFD_INVALID, "the document is not an OFD package that can be sealed: "
                + e.getMessage() + "; nothing was sealed", e);
    }
}
