package org.bianmin.rest.seal;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bianmin.seal.Indication;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealDetails;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealVerifier;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.VerificationReport;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public verification of a sealed OFD document (公众验章), for anyone who received one, without
 * login: the verdict and, for each seal in the document, its picture and its status in this
 * county's registry; nothing else of the report or the registry (no certificates, no esID, no
 * holder, no history). Each request is bounded in size, in the public verifications running at once
 * and per client address a minute before its body is read ({@link UploadAdmission},
 * {@link UploadWork#PUBLIC_VERIFICATION}, {@link PublicAllowance}).
 */
@Path("public/verification")
@RequestScoped
@Tag(name = "verification")
public class PublicVerificationResource {
    @Inject
    SealVerifier verifier;

    @Inject
    SealRegistry registry;

    /**
     * What the public learns of a document.
     *
     * @param verdict TOTAL_PASSED (every seal verified), TOTAL_FAILED (a seal or the document is not
     *                what was sealed) or INDETERMINATE (could not be decided, or no seal)
     * @param seals   one entry per seal in the document
     */
    public record PublicVerdict(Indication verdict, List<PublicSeal> seals) {
    }

    /**
     * One seal as the public sees it.
     *
     * @param name           the seal's name, as printed on its picture
     * @param verdict        this seal's verdict
     * @param reason         why it did not pass (e.g. HASH_FAILURE: the document changed after sealing); null when it passed
     * @param pictureType    the picture's media type ({@code image/png}), null without a picture to show
     * @param picture        the picture (base64 in JSON), null without one
     * @param registryStatus the seal's state in this county's registry (ACTIVE, SUSPENDED, REVOKED, …),
     *                       or NOT_REGISTERED when the registry does not hold it
     */
    public record PublicSeal(String name, Indication verdict, SubIndication reason, String pictureType,
            byte[] picture, String registryStatus) {
    }

    /** Verifies an OFD document sent as the request body. */
    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public PublicVerdict verify(InputStream ofd) {
        VerificationReport report = verifier.verifyOfd(ofd, verifier.defaultPolicy());
        return new PublicVerdict(report.overall(), report.signatures().stream().map(this::seal).toList());
    }

    private PublicSeal seal(SignatureReport signature) {
        SealDetails details = signature.seal();
        String esId = details != null ? details.esId() : signature.esId();
        Optional<Seal> registered = esId == null ? Optional.empty() : registry.find(esId);
        String name = registered.map(Seal::name).orElse(details != null ? details.name() : signature.sealName());
        String status = registered.map(s -> s.state().name()).orElse("NOT_REGISTERED");
        byte[] picture = null;
        String type = null;
        if (registered.isPresent()) {
            picture = registry.picturePng(esId);
            type = "image/png";
        } else if (details != null) {
            type = switch (details.pictureType().toLowerCase(Locale.ROOT)) {
                case "png" -> "image/png";
                case "jpg", "jpeg" -> "image/jpeg";
                case "gif" -> "image/gif";
                default -> null;
            };
            picture = type == null ? null : details.picture();
        }
        return new PublicSeal(name, signature.indication(), signature.subIndication(), type, picture, status);
    }
}
