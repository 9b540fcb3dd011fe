package org.bianmin.seal.internal.registry;

import java.time.Instant;
import java.util.List;
import org.bianmin.core.Checks;
import org.bianmin.seal.internal.format.SESCertList;
import org.bianmin.seal.internal.format.SESESPictrueInfo;
import org.bianmin.seal.internal.format.SESESPropertyInfo;
import org.bianmin.seal.internal.format.SESHeader;
import org.bianmin.seal.internal.format.SESSealInfo;
import org.bianmin.seal.internal.format.SESeal;
import org.bianmin.seal.internal.keys.Sm2;
import org.bianmin.seal.internal.picture.SealPicture;
import org.bianmin.seal.internal.picture.SealPictureRenderer;
import org.bianmin.seal.internal.picture.SealPictureSpec;
import org.bianmin.seal.spi.SealKeyStore;
import org.bianmin.seal.spi.SealMakerAuthority;

/**
 * Makes an electronic seal (制章, to the state MADE): a fresh SM2 key in the key store, the signer
 * certificate from the seal maker's CA, the picture, and the GB/T 38540 SESeal whose SES_SealInfo
 * the maker signs. The certificate list (certListType 1) holds the seal's own signer certificate.
 */
final class SealMaker {
    /** SES_ESPropertyInfo type 1: a unit's seal (单位印章). */
    static final int UNIT_SEAL = 1;

    private final SealKeyStore keys;
    private final SealMakerAuthority authority;
    private final SealPictureRenderer renderer;
    private final RegistrySettings settings;

    SealMaker(SealKeyStore keys, SealMakerAuthority authority, SealPictureRenderer renderer, RegistrySettings settings) {
        this.keys = Checks.required(keys, "key store");
        this.authority = Checks.required(authority, "seal maker authority");
        this.renderer = Checks.required(renderer, "picture renderer");
        this.settings = Checks.required(settings, "settings");
    }

    /** What making a seal produced. */
    record Made(String keyAlias, byte[] signerCertificate, byte[] sealDer, SealPicture picture) {
    }

    /** The key-store alias of a seal's key. */
    static String keyAlias(String esId) {
        return "seal-" + esId;
    }

    /**
     * Makes the seal. The key is generated first; when anything after fails, the caller destroys it
     * (see {@link #discard}).
     *
     * @param arcText what the picture shows along the upper arc (the owning body's name)
     * @param number  the sub-seal number, 0 for a centre seal
     */
    Made make(String esId, String name, String arcText, String purpose, int number, Instant validFrom,
            Instant validTo, Instant now) {
        String alias = keyAlias(esId);
        if (keys.contains(alias)) {
            // left over by an attempt that failed before its transaction committed: never used
            keys.destroy(alias);
        }
        byte[] publicKey = keys.generate(alias);
        byte[] certificate = authority.issueSignerCertificate(name, publicKey, validFrom, validTo);
        keys.storeCertificate(alias, certificate);
        SealPicture picture = renderer.render(new SealPictureSpec(arcText, purpose, number, settings.pictureDiameterMm()));
        SESSealInfo info = new SESSealInfo(new SESHeader(SESHeader.VERSION_4, settings.vendorId()), esId,
                new SESESPropertyInfo(UNIT_SEAL, name, SESCertList.ofCertificates(List.of(certificate)), now,
                        validFrom, validTo),
                new SESESPictrueInfo("png", picture.png(), picture.widthMm(), picture.heightMm()), null);
        byte[] makerSignature = authority.signSealInfo(info.getSignedEncoding());
        SESeal seal = new SESeal(info, authority.makerCertificate(), Sm2.SM3_WITH_SM2, makerSignature);
        return new Made(alias, certificate, seal.getDerEncoded(), picture);
    }

    /** Destroys the key of a making attempt whose transaction failed. */
    void discard(String esId) {
        String alias = keyAlias(esId);
        if (keys.contains(alias)) {
            keys.destroy(alias);
        }
    }
}
