package org.bianmin.rest.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which requests the admission bounds, and with which limit: a verification request however its
 * path is spelt (a path that names no known endpoint gets the seal's, the smallest, limit, so no
 * spelling escapes the bounds); a sealing request by its method and the end of its path, and no
 * other request under {@code /api/seals}; and each work lets in the roles its resource allows, no
 * more. (The admission itself is checked against the server by VerificationLimitsIT and
 * SealingLimitsIT.)
 */
class UploadEndpointTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "POST, /api/verification/ofd,              VERIFICATION_OFD,      bianmin.verification.ofd.max.mib",
        "POST, /api/verification/ofd/,             VERIFICATION_OFD,      bianmin.verification.ofd.max.mib",
        "POST, /api//verification//detached,       VERIFICATION_DETACHED, bianmin.verification.detached.max.mib",
        "POST, /api/verification/seal,             VERIFICATION_SEAL,     bianmin.verification.seal.max.mib",
        "POST, /api/verification/OFD,              VERIFICATION_SEAL,     bianmin.verification.seal.max.mib",
        "POST, /api/verification,                  VERIFICATION_SEAL,     bianmin.verification.seal.max.mib",
        "GET,  /api/verification/ofd,              VERIFICATION_OFD,      bianmin.verification.ofd.max.mib",
        "POST, /api/seals/ES-1/sealed-ofd,         SEALING_OFD,           bianmin.sealing.ofd.max.mib",
        "POST, /api/seals/ES-1/sealed-ofd/,        SEALING_OFD,           bianmin.sealing.ofd.max.mib",
        "POST, /api/seals//ES-1//sealed-ofd,       SEALING_OFD,           bianmin.sealing.ofd.max.mib",
        "POST, /api/seals/ES/1/sealed-ofd,         SEALING_OFD,           bianmin.sealing.ofd.max.mib",
        "POST, /api/seals/ES-1/sealed-ofd/batch,   SEALING_BATCH,         bianmin.sealing.batch.max.mib",
        "POST, /api/seals/ES-1/sealed-ofd/batch/,  SEALING_BATCH,         bianmin.sealing.batch.max.mib",
        "POST, /api/public/verification,           PUBLIC_OFD,            bianmin.public.verification.ofd.max.mib",
        "POST, /api//public/other,                 PUBLIC_OFD,            bianmin.public.verification.ofd.max.mib",
        "GET,  /api/public,                        PUBLIC_OFD,            bianmin.public.verification.ofd.max.mib",
    })
    void anUploadEndpointAndItsVariableFollowFromTheRequest(String method, String path, UploadEndpoint endpoint,
            String variable) {
        assertEquals(Optional.of(endpoint), UploadEndpoint.of(method, path));
        assertEquals(variable, endpoint.variable());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET,    /api/seals/ES-1/sealed-ofd",
        "PUT,    /api/seals/ES-1/sealed-ofd",
        "post,   /api/seals/ES-1/sealed-ofd",
        "GET,    /api/seals/ES-1",
        "GET,    /api/seals/ES-1/uses",
        "POST,   /api/seals",
        "POST,   /api/seals/ES-1/signatures",
        "POST,   /api/seals/ES-1/approve",
        "POST,   /api/seals/ES-1/batch",
        "POST,   /api/seals/ES-1/sealed-ofd/other",
        "POST,   /api/seals/ES-1/sealed-ofds",
        "POST,   /api/seals/ES-1/SEALED-OFD",
        "DELETE, /api/seals/ES-1/custodians/sealed-ofd",
        "POST,   /api/catalogue/sealed-ofd",
        "POST,   /sealed-ofd",
        "POST,   /",
    })
    void everyOtherRequestGoesOnUnbounded(String method, String path) {
        assertEquals(Optional.empty(), UploadEndpoint.of(method, path));
    }

    @Test
    void eachWorkLetsInTheRolesItsResourceAllows() {
        assertEquals(roles(VerificationResource.class.getAnnotation(RolesAllowed.class)),
                Set.copyOf(UploadWork.VERIFICATION.roles()));
        for (String name : List.of("seal", "batch")) {
            Method method = Stream.of(OfdSealingResource.class.getMethods()).filter(m -> m.getName().equals(name))
                    .findFirst().orElseThrow();
            assertEquals(roles(method.getAnnotation(RolesAllowed.class)), Set.copyOf(UploadWork.SEALING.roles()),
                    name);
        }
    }

    private static Set<String> roles(RolesAllowed allowed) {
        return Set.of(allowed.value());
    }

    @Test
    void eachWorkHasItsOwnVariables() {
        assertEquals("bianmin.verification.permits", UploadWork.VERIFICATION.permitsVariable());
        assertEquals("bianmin.verification.upload.max.seconds", UploadWork.VERIFICATION.uploadTimeVariable());
        assertEquals("bianmin.sealing.permits", UploadWork.SEALING.permitsVariable());
        assertEquals("bianmin.sealing.upload.max.seconds", UploadWork.SEALING.uploadTimeVariable());
        assertEquals(16, UploadWork.VERIFICATION.defaultPermits(8));
        assertEquals(8, UploadWork.SEALING.defaultPermits(8));
        assertEquals("bianmin.public.verification.permits", UploadWork.PUBLIC_VERIFICATION.permitsVariable());
        assertEquals("bianmin.public.verification.upload.max.seconds",
                UploadWork.PUBLIC_VERIFICATION.uploadTimeVariable());
        assertEquals(8, UploadWork.PUBLIC_VERIFICATION.defaultPermits(8));
    }

    @Test
    void thePublicVerificationNeedsNoRole() {
        assertEquals(List.of(), UploadWork.PUBLIC_VERIFICATION.roles());
        Method verify = Stream.of(PublicVerificationResource.class.getMethods())
                .filter(m -> m.getName().equals("verify")).findFirst().orElseThrow();
        assertTrue(verify.isAnnotationPresent(jakarta.annotation.security.PermitAll.class));
    }
}
