package org.bianmin.seal.internal.format;

import static org.bianmin.seal.internal.format.Asn1Fields.field;
import static org.bianmin.seal.internal.format.Asn1Fields.sequence;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;

/**
 * The signers allowed to use a seal (印章签章者证书列表), GB/T 38540-2020 §5.4. Which alternative
 * is present is given by the enclosing SES_ESPropertyInfo's {@code certListType}, not by a tag.
 *
 * <pre>
 * SES_CertList ::= CHOICE {
 *   certs           SEQUENCE OF OCTET STRING,   -- certListType 1: signer certificates, DER
 *   certDigestList  SEQUENCE OF CertDigestObj } -- certListType 2: their digests
 * </pre>
 * A type 1 entry that is not an OCTET STRING (some GM/T 0031 vendors write strings) is kept as
 * {@link Unreadable} rather than refusing the seal: the maker's signature, the signing signature
 * and the data can still be judged, and only the question whether the signer is listed cannot.
 */
public final class SESCertList extends ASN1Object {
    /** certListType 1: the certificates themselves. */
    public static final int CERTS = 1;
    /** certListType 2: digests of the certificates. */
    public static final int DIGESTS = 2;

    private final int type;
    private final List<byte[]> certs;
    private final List<CertDigestObj> digests;
    private final List<Unreadable> unreadable;
    private final ASN1Sequence asWritten;

    private SESCertList(int type, List<byte[]> certs, List<CertDigestObj> digests) {
        this(type, certs, digests, List.of(), null);
    }

    private SESCertList(int type, List<byte[]> certs, List<CertDigestObj> digests, List<Unreadable> unreadable,
            ASN1Sequence asWritten) {
        this.type = type;
        this.certs = certs;
        this.digests = digests;
        this.unreadable = unreadable;
        this.asWritten = asWritten;
    }

    /**
     * An entry of the list that is not what its type says (a vendor quirk: a GM/T 0031 seal whose
     * certList holds strings, say).
     *
     * @param index the entry's position in the list
     * @param found what it is instead, e.g. "UTF8String"
     */
    public record Unreadable(int index, String found) {
    }

    /** A list of signer certificates (DER), certListType 1. */
    public static SESCertList ofCertificates(List<byte[]> certificates) {
        List<byte[]> copy = new ArrayList<>(certificates.size());
        certificates.forEach(c -> copy.add(c.clone()));
        return new SESCertList(CERTS, List.copyOf(copy), List.of());
    }

    /** A list of certificate digests, certListType 2. */
    public static SESCertList ofDigests(List<CertDigestObj> digests) {
        return new SESCertList(DIGESTS, List.of(), List.copyOf(digests));
    }

    /** Reads the list as the alternative {@code type} (1 or 2) names. */
    public static SESCertList getInstance(Object obj, int type) {
        if (obj instanceof SESCertList list) {
            return list;
        }
        ASN1Sequence seq = sequence(obj, "SES_CertList", 0, Integer.MAX_VALUE);
        if (type == CERTS) {
            List<byte[]> certs = new ArrayList<>(seq.size());
            List<Unreadable> unreadable = new ArrayList<>();
            for (int i = 0; i < seq.size(); i++) {
                ASN1Encodable entry = seq.getObjectAt(i);
                if (entry instanceof ASN1OctetString octets) {
                    certs.add(octets.getOctets());
                } else {
                    unreadable.add(new Unreadable(i, Asn1Fields.kind(entry)));
                }
            }
            return new SESCertList(CERTS, List.copyOf(certs), List.of(), List.copyOf(unreadable),
                    unreadable.isEmpty() ? null : seq);
        }
        if (type == DIGESTS) {
            List<CertDigestObj> digests = new ArrayList<>(seq.size());
            for (int i = 0; i < seq.size(); i++) {
                digests.add(field(seq, i, "certDigest[" + i + "]", "CertDigestObj", CertDigestObj::getInstance));
            }
            return new SESCertList(DIGESTS, List.of(), List.copyOf(digests));
        }
        throw new FormatException("certListType must be 1 or 2, found " + type);
    }

    /** 1 for certificates, 2 for digests. */
    public int getType() {
        return type;
    }

    /** The certificates (DER) for type 1; empty for type 2. */
    public List<byte[]> getCertificates() {
        List<byte[]> copy = new ArrayList<>(certs.size());
        certs.forEach(c -> copy.add(c.clone()));
        return copy;
    }

    /**
     * Entries of a type 1 list that are not OCTET STRINGs, kept aside so that the rest of the seal can
     * still be judged (the strict grammar would refuse the whole seal); empty for a well-formed list.
     */
    public List<Unreadable> getUnreadable() {
        return unreadable;
    }

    /** The digests for type 2; empty for type 1. */
    public List<CertDigestObj> getDigests() {
        return digests;
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        if (asWritten != null) {
            return asWritten; // unreadable entries are written back as they were read
        }
        ASN1EncodableVector v = new ASN1EncodableVector();
        if (type == CERTS) {
            certs.forEach(c -> v.add(new DEROctetString(c)));
        } else {
            digests.forEach(v::add);
        }
        return new DERSequence(v);
    }
}
