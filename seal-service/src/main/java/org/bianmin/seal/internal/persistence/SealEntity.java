package org.bianmin.seal.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealState;

/**
 * A seal of the registry as stored: identity, owner, state, validity and, once made, its key alias,
 * signer certificate, GB/T 38540 SESeal and picture. Never holds a private key.
 */
@Entity
@Table(name = "seal_seal")
public class SealEntity {
    @Id
    private String esId;
    private String parentEsId;
    private int subNumber;
    private String ownerUnit;
    private String ownerDivision;
    private String sealName;
    private String purpose;
    @Column(name = "seal_state")
    private String state;
    private Instant validFrom;
    private Instant validTo;
    private String requestedBy;
    private String approvedBy;
    private Instant createdAt;
    private int lastSubNumber;
    /** The owner's division while this centre seal is ACTIVE or SUSPENDED, else null (unique). */
    private String liveCentre;
    private String keyAlias;
    @Column(name = "signer_cert")
    private byte[] signerCertificate;
    private byte[] sealDer;
    private byte[] picturePng;
    private String pictureSvg;

    protected SealEntity() {
    }

    public SealEntity(String esId, String parentEsId, int subNumber, String ownerUnit, String ownerDivision,
            String sealName, String purpose, String state, Instant validFrom, Instant validTo, String requestedBy,
            Instant createdAt) {
        this.esId = esId;
        this.parentEsId = parentEsId;
        this.subNumber = subNumber;
        this.ownerUnit = ownerUnit;
        this.ownerDivision = ownerDivision;
        this.sealName = sealName;
        this.purpose = purpose;
        this.state = state;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.requestedBy = requestedBy;
        this.createdAt = createdAt;
    }

    /** The seal as the registry reports it. */
    public Seal toSeal() {
        return new Seal(esId, parentEsId, subNumber, ownerUnit, DivisionCode.of(ownerDivision), sealName, purpose,
                SealState.valueOf(state), validFrom, validTo, Actor.of(requestedBy),
                approvedBy == null ? null : Actor.of(approvedBy));
    }

    public String esId() {
        return esId;
    }

    public String parentEsId() {
        return parentEsId;
    }

    public int subNumber() {
        return subNumber;
    }

    public String ownerUnit() {
        return ownerUnit;
    }

    public String ownerDivision() {
        return ownerDivision;
    }

    public String sealName() {
        return sealName;
    }

    public String purpose() {
        return purpose;
    }

    public String state() {
        return state;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validTo() {
        return validTo;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String keyAlias() {
        return keyAlias;
    }

    public byte[] signerCertificate() {
        return signerCertificate == null ? null : signerCertificate.clone();
    }

    public byte[] sealDer() {
        return sealDer == null ? null : sealDer.clone();
    }

    public byte[] picturePng() {
        return picturePng == null ? null : picturePng.clone();
    }

    public String pictureSvg() {
        return pictureSvg;
    }

    public void moveTo(String newState) {
        this.state = newState;
    }

    public void approvedBy(String approver) {
        this.approvedBy = approver;
    }

    public void liveCentre(String centre) {
        this.liveCentre = centre;
    }

    /** Takes the next sub-seal number: numbers only grow, so none is ever reused. */
    public int takeNextSubNumber() {
        lastSubNumber++;
        return lastSubNumber;
    }

    /** Records what making the seal produced. */
    public void made(String alias, byte[] certificate, byte[] structure, byte[] png, String svg) {
        this.keyAlias = alias;
        this.signerCertificate = certificate.clone();
        this.sealDer = structure.clone();
        this.picturePng = png.clone();
        this.pictureSvg = svg;
    }
}
