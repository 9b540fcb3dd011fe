package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

/**
 * GET /api/ca/crl in the server: the county CA's CRL (RFC 5280), read with the JCA, lists the signer
 * certificate of a seal suspended through the API and takes it off once the seal is resumed.
 */
class RevocationListIT {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final Api ADMIN = Api.as("admin.zhang");
    private static final Api AUDITOR = Api.as("auditor.zhao");

    @Test
    void aSuspendedSealIsOnHoldInTheListAndLeavesItWhenResumed() throws Exception {
        String esId = Seals.activeInCustodyOf("custodian.chen");
        X509Certificate signer = (X509Certificate) CertificateFactory.getInstance("X.509", BC).generateCertificate(
                new ByteArrayInputStream(AUDITOR.get("/api/seals/" + esId + "/certificate.der").body()));

        assertEquals(200, ADMIN.post("/api/seals/" + esId + "/suspend", "{\"reason\":\"挂失\"}").status());
        Api.Answer held = AUDITOR.get("/api/ca/crl");
        assertEquals(200, held.status(), held.text());
        assertTrue(held.contentType().startsWith("application/pkix-crl"), held.contentType());
        X509CRL onHold = crl(held.body());
        assertEquals(signer.getIssuerX500Principal(), onHold.getIssuerX500Principal());
        assertTrue(onHold.isRevoked(signer), "a suspended seal's certificate is on hold");
        assertTrue(onHold.getNextUpdate().after(onHold.getThisUpdate()));

        Seals.resume(esId, "找回");
        assertFalse(crl(AUDITOR.get("/api/ca/crl").body()).isRevoked(signer), "resumed: off the list");
    }

    /** Relying parties fetch the list from the certificates' distribution point without an account. */
    @Test
    void anyoneMayFetchTheList() throws Exception {
        Api.Answer list = Api.anonymous().get("/api/ca/crl");
        assertEquals(200, list.status(), list::toString);
        assertEquals("application/pkix-crl", list.contentType());
        assertTrue(crl(list.body()).getIssuerX500Principal().getName().contains("CN="), "a CRL with its issuer");
    }

    private static X509CRL crl(byte[] der) throws Exception {
        return (X509CRL) CertificateFactory.getInstance("X.509", BC).generateCRL(new ByteArrayInputStream(der));
    }
}
