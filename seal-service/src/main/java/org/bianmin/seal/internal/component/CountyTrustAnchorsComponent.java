package org.bianmin.seal.internal.component;

import java.util.List;
import org.bianmin.seal.spi.SealMakerAuthority;
import org.bianmin.seal.spi.TrustAnchors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The default {@link TrustAnchors}: the CA certificates of the registered seal maker, so that the
 * county's own seals verify to their root out of the box (GB/T 38540 §7.3 chain checks), and that
 * maker's certificate as the one allowed to make seals. Ranked
 * -100: a deployment that registers its own trust anchors (its CA and the provincial CAs) with a
 * higher ranking replaces it.
 */
@Component(service = TrustAnchors.class, property = "service.ranking:Integer=-100")
public class CountyTrustAnchorsComponent implements TrustAnchors {
    private final SealMakerAuthority authority;

    @Activate
    public CountyTrustAnchorsComponent(
            @Reference(policyOption = ReferencePolicyOption.GREEDY) SealMakerAuthority authority) {
        this.authority = authority;
    }

    @Override
    public List<byte[]> certificates() {
        return authority.caCertificates();
    }

    /** Only the registered seal maker makes the county's seals. */
    @Override
    public List<byte[]> sealMakers() {
        return List.of(authority.makerCertificate());
    }
}
