package org.bianmin.seal.internal.format;

import static org.bianmin.seal.internal.format.Asn1Fields.derSequence;
import static org.bianmin.seal.internal.format.Asn1Fields.field;
import static org.bianmin.seal.internal.format.Asn1Fields.instance;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

/**
 * Extensions of a seal or signature, GB/T 38540-2020 §5.3.
 *
 * <pre>
 * ExtensionDatas ::= SEQUENCE OF ExtData
 * </pre>
 */
public final class ExtensionDatas extends ASN1Object {
    private final List<ExtData> extensions;

    public ExtensionDatas(List<ExtData> extensions) {
        this.extensions = List.copyOf(extensions);
    }

    private ExtensionDatas(ASN1Sequence seq) {
        List<ExtData> list = new ArrayList<>(seq.size());
        for (int i = 0; i < seq.size(); i++) {
            list.add(field(seq, i, "extData[" + i + "]", "ExtData", ExtData::getInstance));
        }
        extensions = List.copyOf(list);
    }

    public static ExtensionDatas getInstance(Object obj) {
        return instance(obj, ExtensionDatas.class, "ExtensionDatas", 0, Integer.MAX_VALUE, ExtensionDatas::new);
    }

    public List<ExtData> getExtensions() {
        return extensions;
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        return derSequence(extensions.toArray(new ExtData[0]));
    }
}
