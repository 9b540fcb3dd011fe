package org.bianmin.seal.internal.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bianmin.core.BianminException;
import org.bianmin.seal.SealDetails;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealStanding;
import org.bianmin.seal.internal.format.CertDigestObj;
import org.bianmin.seal.internal.format.ElectronicSeal;
import org.bianmin.seal.internal.format.ElectronicSignature;
import org.bianmin.seal.internal.format.SESCertList;
import org.bianmin.seal.internal.format.SESESPictrueInfo;
import org.bianmin.seal.internal.format.SESSealInfo;
import org.bianmin.seal.internal.format.SealFormat;
import org.bianmin.seal.internal.format.SealFormatReader;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.DataFacts;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.RegistryFacts;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.RegistryStatus;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.Subject;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.TimestampFacts;
import org.bianmin.seal.internal.verify.SmCrypto.Sm2Result;

/**
 * Gathers the {@link SignatureDiagnostics} of a GB/T 38540 / GM/T 0031 signature or seal: parses
 * it leniently, runs the cryptographic verifications (signing signature, maker signature,
 * certificate paths — the last two through the {@link VerificationCache}), compares the signer
 * with the seal's certList, asks the registry for the seal's status. Judges nothing.
 */
public final class DiagnosticCollector {
    /** sm2sign, 1.2.156.10197.1.301.1: written by some vendors where SM3withSM2 is meant. */
    static final String SM2_SIGN = "1.2.156.10197.1.301.1";

    private final VerificationCache cache;
    private final SealRegistry registry;

    public DiagnosticCollector(VerificationCache cache, SealRegistry registry) {
        this.cache = cache;
        this.registry = registry;
    }

    /** Supplies the data a signature protects, once the signature and its signer are known. */
    @FunctionalInterface
    public interface ProtectedData {
        /**
         * @param signature the parsed signature
         * @param signer    the signer's certificate, null when unreadable
         * @param errors    where to add format problems of the container (e.g. an unknown CheckMethod)
         */
        DataFacts facts(ElectronicSignature signature, ParsedCertificate signer, List<String> errors);
    }

    /** Diagnostic data of a signature (DER, possibly with a vendor trailer). */
    public SignatureDiagnostics signature(String id, byte[] bytes, ProtectedData data, TrustStore trust,
            Instant validationTime) {
        List<String> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        SealFormatReader.Read<ElectronicSignature> read = read(bytes, SealFormatReader::readSignatureDetailed,
                errors, notes);
        if (read == null) {
            return formatOnly(id, Subject.SES_SIGNATURE, "SES_Signature", errors);
        }
        ElectronicSignature signature = read.structure();
        String format = standard(signature.getFormatVersion()) + " SES_Signature";

        boolean algorithmOk = algorithm("SES_Signature.signatureAlgID", signature.getSignatureAlgorithm(), errors, notes);
        ParsedCertificate signer = cache.certificate(signature.getSignerCertificate());
        if (signer == null) {
            errors.add("SES_Signature.cert: not a readable X.509 certificate");
        } else if (signer.sm2Key() == null) {
            errors.add("SES_Signature.cert: the signer's key is not an SM2 key");
        }
        Sm2Result signatureCrypto = null;
        if (algorithmOk && signer != null && signer.sm2Key() != null) {
            signatureCrypto = SmCrypto.verify(signer.sm2Key(), signature.getSignedBytes(),
                    signature.getSignatureValue());
            describe("SES_Signature.signature", signatureCrypto, errors, notes);
        }

        ElectronicSeal seal = signature.getSeal();
        SealFacts sealFacts = seal(seal, errors, notes, trust);
        Boolean inList = null;
        String certListProblem = null;
        SESCertList certList = seal.getSealInfo().getProperty().getCertList();
        if (signer != null) {
            inList = inCertList(certList, signer.der());
            if (!inList && !certList.getUnreadable().isEmpty()) {
                inList = null;
                certListProblem = certList.getUnreadable().size() + " of its " + (certList.getUnreadable().size()
                        + certList.getCertificates().size()) + " entries are not certificates";
            }
        }
        DataFacts dataFacts = data.facts(signature, signer, errors);
        ChainFacts signerChain = signer == null ? null : cache.chain(trust, signer, sealFacts.intermediates());
        Instant claimed = signature.getTimeInfo();
        RegistryFacts registryFacts = registry(seal, claimed != null ? claimed : validationTime, validationTime,
                registry == null ? null : SmCrypto.sm3(Arrays.copyOf(bytes, bytes.length - read.trailingBytes())));
        TimestampFacts timestamp = signature.getTimeStamp() == null ? null
                : Timestamps.facts(signature.getTimeStamp(), signature.getSignatureValue(), cache, trust);
        return new SignatureDiagnostics(id, Subject.SES_SIGNATURE, format, errors, notes, claimed, signatureCrypto,
                dataFacts, sealFacts.crypto(), inList, seal.getSealInfo().getProperty().getCertListType(),
                sealFacts.details(), signer == null ? null : signer.facts(), signerChain,
                sealFacts.maker() == null ? null : sealFacts.maker().facts(), sealFacts.makerChain(),
                sealFacts.makerRole(), registryFacts, timestamp, certListProblem, null, null);
    }

    /** Diagnostic data of a standalone seal. */
    public SignatureDiagnostics seal(String id, byte[] bytes, TrustStore trust, Instant validationTime) {
        List<String> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        SealFormatReader.Read<ElectronicSeal> read = read(bytes, SealFormatReader::readSealDetailed, errors, notes);
        if (read == null) {
            return formatOnly(id, Subject.SEAL, "SESeal", errors);
        }
        ElectronicSeal seal = read.structure();
        SealFacts facts = seal(seal, errors, notes, trust);
        RegistryFacts registryFacts = registry(seal, validationTime, validationTime, null);
        String format = standard(seal.getFormatVersion()) + " SESeal";
        return new SignatureDiagnostics(id, Subject.SEAL, format, errors, notes, null, null, null, facts.crypto(), null,
                seal.getSealInfo().getProperty().getCertListType(), facts.details(), null, null,
                facts.maker() == null ? null : facts.maker().facts(), facts.makerChain(), facts.makerRole(),
                registryFacts, null, null, null, null);
    }

    /**
     * The structure {@code reader} reads from {@code bytes}, a vendor trailer and tolerated quirks
     * noted; null, with the reason among the errors, when it does not parse.
     */
    private static <T> SealFormatReader.Read<T> read(byte[] bytes, Function<byte[], SealFormatReader.Read<T>> reader,
            List<String> errors, List<String> notes) {
        SealFormatReader.Read<T> read;
        try {
            read = reader.apply(bytes);
        } catch (BianminException e) {
            errors.add(e.getMessage());
            return null;
        }
        if (read.trailingBytes() > 0) {
            notes.add(read.trailingBytes() + " bytes after the end of the DER were ignored (vendor trailer)");
        }
        notes.addAll(read.tolerated());
        return read;
    }

    /** The standard of a structure's generation: 4 GB/T 38540-2020, else GM/T 0031-2014. */
    private static String standard(int formatVersion) {
        return formatVersion == 4 ? "GB/T 38540-2020" : "GM/T 0031-2014";
    }

    /** Diagnostic data for input that did not even parse. */
    public static SignatureDiagnostics formatOnly(String id, Subject subject, String format, List<String> errors) {
        return new SignatureDiagnostics(id, subject, format, errors, List.of(), null, null, null, null, null, 0, null,
                null, null, null, null, null, RegistryFacts.of(RegistryStatus.NO_REGISTRY), null, null, null, null);
    }

    private record SealFacts(SealDetails details, ParsedCertificate maker, Sm2Result crypto, ChainFacts makerChain,
            SealMakerRule.Role makerRole, List<ParsedCertificate> intermediates) {
    }

    private SealFacts seal(ElectronicSeal seal, List<String> errors, List<String> notes, TrustStore trust) {
        SESSealInfo info = seal.getSealInfo();
        ParsedCertificate maker = cache.certificate(seal.getMakerCertificate());
        String field = seal.getFormatVersion() == 4 ? "SESeal.cert" : "SESeal.signInfo.cert";
        if (maker == null) {
            errors.add(field + ": the seal maker's certificate is not a readable X.509 certificate");
        } else if (maker.sm2Key() == null) {
            errors.add(field + ": the seal maker's key is not an SM2 key");
        }
        boolean algorithmOk = algorithm(seal.getFormatVersion() == 4 ? "SESeal.signAlgID"
                : "SESeal.signInfo.signatureAlgorithm", seal.getSignatureAlgorithm(), errors, notes);
        Sm2Result crypto = null;
        if (algorithmOk && maker != null && maker.sm2Key() != null) {
            crypto = cache.makerSignature(maker, seal.getMakerSignedBytes(), seal.getMakerSignature());
            describe(seal.getFormatVersion() == 4 ? "SESeal.signedValue" : "SESeal.signInfo.signData", crypto, errors,
                    notes);
        }
        SESESPictrueInfo picture = info.getPicture();
        SealDetails details = new SealDetails(info.getEsId(), info.getProperty().getName(),
                standard(seal.getFormatVersion()), info.getHeader().getVid(),
                info.getProperty().getType(), info.getProperty().getValidStart(), info.getProperty().getValidEnd(),
                picture.getType(), picture.getData(), picture.getWidth(), picture.getHeight(),
                maker == null ? null : maker.facts().details());
        List<ParsedCertificate> intermediates = maker == null ? List.of() : List.of(maker);
        ChainFacts makerChain = maker == null ? null : cache.chain(trust, maker, List.of());
        return new SealFacts(details, maker, crypto, makerChain, maker == null ? null : trust.makerRule().role(maker),
                intermediates);
    }

    private static boolean algorithm(String field, String oid, List<String> errors, List<String> notes) {
        if (SealFormat.SM3_WITH_SM2.equals(oid)) {
            return true;
        }
        if (SM2_SIGN.equals(oid)) {
            notes.add(field + ": sm2sign (" + SM2_SIGN + ") read as SM3withSM2");
            return true;
        }
        errors.add(field + ": unsupported signature algorithm " + oid + " (expected " + SealFormat.SM3_WITH_SM2
                + " SM3withSM2)");
        return false;
    }

    private static void describe(String field, Sm2Result result, List<String> errors, List<String> notes) {
        switch (result) {
            case VALID_RAW -> notes.add(field + ": raw 64-byte r||s converted to DER");
            case VALID_LENIENT_DER -> notes.add(field + ": DER integers with non-minimal leading zeros re-encoded");
            case UNREADABLE -> errors.add(field + ": neither a DER SEQUENCE { r, s } nor a raw 64-byte r||s");
            default -> {
            }
        }
    }

    /** Whether {@code cert} is in the list: byte-equal (type 1) or by digest (type 2). */
    static boolean inCertList(SESCertList list, byte[] cert) {
        if (list.getType() == SESCertList.CERTS) {
            return list.getCertificates().stream().anyMatch(c -> Arrays.equals(c, cert));
        }
        for (CertDigestObj digest : list.getDigests()) {
            byte[] computed = Digests.byName(digest.getType(), cert);
            if (computed != null && Arrays.equals(computed, digest.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code esId} has the form of this registry's esIDs: its county's code and eight digits. */
    private boolean claimsThisRegistry(String esId) {
        String county = registry.county() == null ? null : registry.county().value();
        return county != null && esId != null && esId.length() == county.length() + 8 && esId.startsWith(county)
                && esId.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * The registry's facts about the seal; {@code signatureHash} (SM3 of the signature's DER, null for a
     * seal alone) finds the use record of this very signature value, the only one that can prove it
     * existed: another signature over the same document proves nothing about this one.
     */
    private RegistryFacts registry(ElectronicSeal seal, Instant signingTime, Instant validationTime,
            byte[] signatureHash) {
        if (registry == null) {
            return RegistryFacts.of(RegistryStatus.NO_REGISTRY);
        }
        String esId = seal.getSealInfo().getEsId();
        try {
            Optional<SealStanding> standing = registry.standing(esId,
                    signatureHash == null ? null : SmCrypto.hex(signatureHash), signingTime, validationTime);
            if (standing.isEmpty()) {
                return RegistryFacts.of(claimsThisRegistry(esId) ? RegistryStatus.NEVER_ISSUED
                        : RegistryStatus.NOT_REGISTERED);
            }
            SealStanding registered = standing.get();
            byte[] structure = registered.sealStructure();
            if (structure == null || !Arrays.equals(structure, seal.getDerEncoded())) {
                return RegistryFacts.of(RegistryStatus.MISMATCH);
            }
            Instant unknown = registered.stateAtSigning() == null ? signingTime
                    : registered.stateAtValidation() == null ? validationTime : null;
            if (unknown != null) {
                return new RegistryFacts(RegistryStatus.UNAVAILABLE, null, null, null,
                        "seal " + esId + " had not been requested at " + unknown);
            }
            return new RegistryFacts(RegistryStatus.REGISTERED, registered.stateAtSigning(),
                    registered.stateAtValidation(), registered.use() == null ? null : registered.use().at(), null);
        } catch (RuntimeException e) {
            return new RegistryFacts(RegistryStatus.UNAVAILABLE, null, null, null, e.getMessage());
        }
    }
}
