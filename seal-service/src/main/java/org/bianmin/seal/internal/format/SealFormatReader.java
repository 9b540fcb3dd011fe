package org.bianmin.seal.internal.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * The lenient entry point for seals and signatures from outside: accepts what real vendors
 * write (raw 64-byte r||s signatures are handled by {@link Sm2Signatures}; {@code [0]} extDatas
 * in TBS_Sign; bytes after the end of the DER, e.g. a vendor trailer) and rejects everything else
 * with {@link ErrorCode#SEAL_FORMAT_INVALID} and a message naming the field and the byte offset.
 *
 * <p>Hostile input is bounded: at most {@link #MAX_INPUT} bytes, the TLV layout is checked by
 * {@link DerScanner} (definite lengths inside their parent, nesting depth, element count) before
 * Bouncy Castle parses the exact span with a length limit.
 */
public final class SealFormatReader {
    /** The largest seal or signature accepted (a seal picture is rarely above 100 KiB). */
    public static final int MAX_INPUT = 8 * 1024 * 1024;

    private SealFormatReader() {
    }

    /**
     * What was read, with where the DER ended.
     *
     * @param structure      the parsed structure
     * @param encodedLength  bytes of the DER structure
     * @param trailingBytes  bytes after it (ignored)
     * @param tolerated      fields that break the grammar but were set aside so the rest can be judged,
     *                       each named with its byte offset
     */
    public record Read<T>(T structure, int encodedLength, int trailingBytes, List<String> tolerated) {
        public Read {
            tolerated = List.copyOf(tolerated);
        }
    }

    /** A seal of GB/T 38540 (4 elements) or GM/T 0031 (2 elements). */
    public static ElectronicSeal readSeal(byte[] bytes) {
        return read(bytes, "SESeal", SealFormat::seal).structure();
    }

    /** A signature of GB/T 38540 (4 or 5 elements) or GM/T 0031 (2 elements). */
    public static ElectronicSignature readSignature(byte[] bytes) {
        return readSignatureDetailed(bytes).structure();
    }

    /** A signature, with the size of its DER and of any trailing bytes. */
    public static Read<ElectronicSignature> readSignatureDetailed(byte[] bytes) {
        return read(bytes, "SES_Signature", SealFormat::signature);
    }

    /** A seal, with the size of its DER and of any trailing bytes. */
    public static Read<ElectronicSeal> readSealDetailed(byte[] bytes) {
        return read(bytes, "SESeal", SealFormat::seal);
    }

    private static <T> Read<T> read(byte[] bytes, String structure, Function<Object, T> parser) {
        if (bytes == null || bytes.length == 0) {
            throw invalid(structure + ": no data (at byte offset 0)");
        }
        if (bytes.length > MAX_INPUT) {
            throw invalid(structure + ": " + bytes.length + " bytes is more than the " + MAX_INPUT
                    + " accepted (at byte offset " + MAX_INPUT + ")");
        }
        DerNode root;
        try {
            root = DerScanner.scan(bytes, 0);
        } catch (DerScanner.DerScanException e) {
            throw invalid(structure + ": " + e.getMessage() + " (at byte offset " + e.offset() + ")");
        }
        if (root.tag() != 0x30) {
            throw invalid(structure + ": expected a SEQUENCE (tag 0x30), found tag 0x"
                    + Integer.toHexString(root.tag()) + " (at byte offset 0)");
        }
        int length = root.end();
        ASN1Primitive primitive;
        try (ASN1InputStream in = new ASN1InputStream(new ByteArrayInputStream(bytes, 0, length), length)) {
            primitive = in.readObject();
        } catch (IOException | RuntimeException e) {
            throw invalid(structure + ": " + e.getMessage() + " (at byte offset 0)");
        }
        try {
            T parsed = parser.apply(primitive);
            return new Read<>(parsed, length, bytes.length - length, tolerated(parsed, structureName(parsed), root));
        } catch (FormatException e) {
            FormatException named = e.named(structure);
            int offset = root.follow(e.indexPath()).offset();
            throw invalid(named.field() + ": " + e.reason() + " (at byte offset " + offset + ")");
        } catch (RuntimeException e) {
            throw invalid(structure + ": " + e.getMessage() + " (at byte offset 0)");
        }
    }

    private static String structureName(Object structure) {
        return structure instanceof ElectronicSignature ? "SES_Signature.toSign.eseal" : "SESeal";
    }

    /**
     * The certList entries of the seal (inside a signature: TBS_Sign element 1) that are not what the
     * grammar says, named by field and byte offset.
     */
    private static List<String> tolerated(Object structure, String name, DerNode root) {
        ElectronicSeal seal = structure instanceof ElectronicSignature signature ? signature.getSeal()
                : (ElectronicSeal) structure;
        List<Integer> prefix = structure instanceof ElectronicSignature ? List.of(0, 1) : List.of();
        SESESPropertyInfo property = seal.getSealInfo().getProperty();
        List<String> notes = new ArrayList<>();
        for (SESCertList.Unreadable entry : property.getCertList().getUnreadable()) {
            List<Integer> path = new ArrayList<>(prefix);
            path.addAll(List.of(0, 2, property.certListIndex(), entry.index()));
            notes.add(name + ".eSealInfo.property.certList.cert[" + entry.index() + "]: a " + entry.found()
                    + " where a certificate (OCTET STRING) is expected (at byte offset " + root.follow(path).offset()
                    + "); set aside: whether the signer is listed cannot be established from it");
        }
        return notes;
    }

    private static BianminException invalid(String message) {
        return new BianminException(ErrorCode.SEAL_FORMAT_INVALID, message);
    }
}
