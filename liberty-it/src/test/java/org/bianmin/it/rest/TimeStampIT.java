package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.Test;

/**
 * The county time-stamp authority over HTTP in the server (RFC 3161 §3.4): a request made by Bouncy
 * Castle is answered with a granted token that validates with the TSA certificate the server hands
 * out; a request that is not one, or for a refused hash algorithm, is answered with a rejection;
 * the endpoint needs a signed-in user and the RFC 3161 media type.
 */
class TimeStampIT {
    private static final String QUERY = "application/timestamp-query";
    private static final Api AUDITOR = Api.as("auditor.zhao");

    @Test
    void aRequestIsGrantedWithATokenThatValidatesWithTheTsaCertificate() throws Exception {
        byte[] imprint = sm3("泸定县 签章值".getBytes(StandardCharsets.UTF_8));
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(GMObjectIdentifiers.sm3, imprint, new BigInteger("20261206"));

        Api.Answer certificate = AUDITOR.get("/api/tsa/certificate");
        Api.Answer answer = AUDITOR.postBytes("/api/tsa", QUERY, request.getEncoded());

        assertEquals(200, certificate.status(), certificate.text());
        assertEquals(200, answer.status(), answer.text());
        assertTrue(answer.contentType().startsWith("application/timestamp-reply"), answer.contentType());
        TimeStampResponse response = new TimeStampResponse(answer.body());
        assertEquals(PKIStatus.GRANTED, response.getStatus());
        response.validate(request);
        response.getTimeStampToken().validate(new JcaSimpleSignerInfoVerifierBuilder()
                .setProvider(new BouncyCastleProvider()).build(new X509CertificateHolder(certificate.body())));
        assertArrayEquals(imprint, response.getTimeStampToken().getTimeStampInfo().getMessageImprintDigest());
    }

    @Test
    void whatIsNotARequestAndARefusedAlgorithmAreAnsweredWithRejections() throws Exception {
        Api.Answer garbage = AUDITOR.postBytes("/api/tsa", QUERY, "not a request".getBytes(StandardCharsets.US_ASCII));
        byte[] sha1 = java.security.MessageDigest.getInstance("SHA-1").digest(new byte[] {1});
        Api.Answer sha1Request = AUDITOR.postBytes("/api/tsa", QUERY,
                new TimeStampRequestGenerator().generate(OIWObjectIdentifiers.idSHA1, sha1).getEncoded());

        assertRejected(garbage, PKIFailureInfo.badDataFormat);
        assertRejected(sha1Request, PKIFailureInfo.badAlg);
    }

    @Test
    void theEndpointNeedsAUserAndTheRfc3161MediaType() {
        assertEquals(401, Api.anonymous().postBytes("/api/tsa", QUERY, new byte[] {0x30, 0x00}).status());
        assertEquals(415, AUDITOR.postBytes("/api/tsa", "application/json", new byte[] {0x30, 0x00}).status());
    }

    private static void assertRejected(Api.Answer answer, int failInfo) throws Exception {
        assertEquals(200, answer.status(), answer.text());
        TimeStampResponse response = new TimeStampResponse(answer.body());
        assertEquals(PKIStatus.REJECTION, response.getStatus());
        assertEquals(failInfo, response.getFailInfo().intValue());
    }

    private static byte[] sm3(byte[] data) throws java.security.GeneralSecurityException {
        return java.security.MessageDigest.getInstance("SM3", new BouncyCastleProvider()).digest(data);
    }
}
