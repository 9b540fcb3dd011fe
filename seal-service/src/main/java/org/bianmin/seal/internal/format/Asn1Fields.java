package org.bianmin.seal.internal.format;

import java.math.BigInteger;
import java.util.function.Function;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.DERSequence;

/**
 * Reads the elements of an ASN.1 SEQUENCE for the seal structures, turning every mismatch into a
 * {@link FormatException} that names the field and its position.
 */
final class Asn1Fields {
    private Asn1Fields() {
    }

    /** The object as a SEQUENCE of exactly {@code min..max} elements. */
    static ASN1Sequence sequence(Object obj, String structure, int min, int max) {
        ASN1Sequence seq;
        try {
            seq = ASN1Sequence.getInstance(obj);
        } catch (IllegalArgumentException e) {
            throw new FormatException("expected " + structure + " (SEQUENCE), found " + kind(obj));
        }
        if (seq == null) {
            throw new FormatException("expected " + structure + " (SEQUENCE), found nothing");
        }
        int size = seq.size();
        if (size < min || size > max) {
            String expected = min == max ? Integer.toString(min) : min + " to " + max;
            throw new FormatException(structure + " must have " + expected + " elements, found " + size);
        }
        return seq;
    }

    /**
     * The {@code getInstance(Object)} of every seal structure: {@code obj} itself when it already is a
     * {@code type}, null for null, else {@code reader} applied to the SEQUENCE of {@code min..max}
     * elements that {@code obj} must be.
     */
    static <T> T instance(Object obj, Class<T> type, String structure, int min, int max,
            Function<ASN1Sequence, T> reader) {
        if (type.isInstance(obj)) {
            return type.cast(obj);
        }
        return obj == null ? null : reader.apply(sequence(obj, structure, min, max));
    }

    /**
     * The DER SEQUENCE of {@code elements} in the order the grammar gives them, an absent OPTIONAL
     * (or DEFAULT) element passed as null and left out: the {@code toASN1Primitive()} of every seal
     * structure.
     */
    static DERSequence derSequence(ASN1Encodable... elements) {
        ASN1EncodableVector v = new ASN1EncodableVector(elements.length);
        for (ASN1Encodable element : elements) {
            if (element != null) {
                v.add(element);
            }
        }
        return new DERSequence(v);
    }

    /** Element {@code index} of {@code seq} read by {@code parser}, failures named {@code field}. */
    static <T> T field(ASN1Sequence seq, int index, String field, String type, Function<Object, T> parser) {
        ASN1Encodable element = seq.getObjectAt(index);
        try {
            return parser.apply(element);
        } catch (FormatException e) {
            throw e.within(index, field);
        } catch (RuntimeException e) {
            throw new FormatException("expected " + type + ", found " + kind(element), e).within(index, field);
        }
    }

    static ASN1Integer integer(ASN1Sequence seq, int index, String field) {
        return field(seq, index, field, "INTEGER", ASN1Integer::getInstance);
    }

    /** An INTEGER that must fit an int (sizes, versions, types). */
    static int smallInt(ASN1Sequence seq, int index, String field) {
        BigInteger value = integer(seq, index, field).getValue();
        if (value.bitLength() > 31) {
            throw new FormatException("value " + value + " out of range").within(index, field);
        }
        return value.intValue();
    }

    static String ia5(ASN1Sequence seq, int index, String field) {
        return field(seq, index, field, "IA5String", o -> ASN1IA5String.getInstance(o).getString());
    }

    static String utf8(ASN1Sequence seq, int index, String field) {
        return field(seq, index, field, "UTF8String", o -> ASN1UTF8String.getInstance(o).getString());
    }

    static byte[] octets(ASN1Sequence seq, int index, String field) {
        return field(seq, index, field, "OCTET STRING", o -> ASN1OctetString.getInstance(o).getOctets());
    }

    /** The bytes of a BIT STRING that must have no unused bits. */
    static byte[] bits(ASN1Sequence seq, int index, String field) {
        return field(seq, index, field, "BIT STRING", Asn1Fields::bits);
    }

    static byte[] bits(Object obj) {
        ASN1BitString bits = ASN1BitString.getInstance(obj);
        if (bits.getPadBits() != 0) {
            throw new FormatException("BIT STRING must have 0 unused bits, found " + bits.getPadBits());
        }
        return bits.getOctets();
    }

    static ASN1ObjectIdentifier oid(ASN1Sequence seq, int index, String field) {
        return field(seq, index, field, "OBJECT IDENTIFIER", ASN1ObjectIdentifier::getInstance);
    }

    static ASN1GeneralizedTime generalizedTime(ASN1Sequence seq, int index, String field) {
        return field(seq, index, field, "GeneralizedTime", o -> {
            ASN1GeneralizedTime time = ASN1GeneralizedTime.getInstance(o);
            Asn1Times.toInstant(time); // rejects unparseable times here, where the field is known
            return time;
        });
    }

    /** The encoding of {@code obj} exactly as it was read (definite lengths, content unchanged). */
    static byte[] encoding(ASN1Encodable obj) {
        try {
            return obj.toASN1Primitive().getEncoded(ASN1Encoding.DL);
        } catch (java.io.IOException e) {
            throw new FormatException("cannot encode: " + e.getMessage(), e);
        }
    }

    /** The strict DER encoding of {@code obj}. */
    static byte[] der(ASN1Encodable obj) {
        try {
            return obj.toASN1Primitive().getEncoded(ASN1Encoding.DER);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot DER-encode " + obj.getClass().getSimpleName(), e);
        }
    }

    static String kind(Object obj) {
        if (obj == null) {
            return "nothing";
        }
        String name = obj.getClass().getSimpleName();
        return name.replaceFirst("^(DER|DL|BER|ASN1)", "");
    }
}
