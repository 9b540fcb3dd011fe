package org.bianmin.rest.seal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.rest.Roles;
import org.bianmin.rest.support.Callers;
import org.bianmin.rest.support.Downloads;
import org.bianmin.rest.support.Inputs;
import org.bianmin.seal.CustodyGrant;
import org.bianmin.seal.EvidenceRecordArchive;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealProposal;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealRequest;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SealSigner;
import org.bianmin.seal.SealState;
import org.bianmin.seal.SealTransition;
import org.bianmin.seal.SealUse;
import org.bianmin.seal.SubSealRequest;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The seal registry over HTTP (docs/requirements.md C-SEAL, "一枚印章管审批"): requests, dual-control
 * approval, making, numbered sub-seals, suspension (挂失), resumption, revocation, the seal's
 * picture and GB/T 38540 structure, signing (用印) and the recorded history. A resumption, a
 * back-dated revocation and a custody grant are proposals (202 Accepted) that a seal approver other
 * than the proposer confirms, rejects, or the proposer withdraws (dual control).
 */
@Path("seals")
@RequestScoped
@Tag(name = "seals")
@Produces(MediaType.APPLICATION_JSON)
public class SealResource {
    @Inject
    TimeSource clock;

    @Inject
    SealRegistry registry;

    @Inject
    SealSigner signer;

    @Inject
    EvidenceRecordArchive archive;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /** Requests a township centre's approval seal; answers 201 with the seal in state REQUESTED. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SEAL_ADMIN)
    @APIResponseSchema(value = Seal.class, responseCode = "201", responseDescription = "the seal, REQUESTED")
    public Response request(SealBodies.NewSeal body) {
        SealBodies.NewSeal seal = Inputs.body(body);
        Seal requested = registry.request(new SealRequest(seal.ownerUnit(), seal.ownerDivision(), seal.name(),
                seal.purpose(), seal.validFrom(), seal.validTo(), Callers.actor(security)));
        return created(requested);
    }

    /** The seals within a division (default: the whole county), centre seals before their sub-seals. */
    @GET
    @RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.SUPERVISOR})
    public List<Seal> list(@QueryParam("division") String division) {
        DivisionCode within = division == null || division.isBlank() ? DivisionCode.LUDING : DivisionCode.of(division);
        return registry.list(within);
    }

    /** The signed-in user's seals in custody now (a grant not withdrawn), whatever their state. */
    @GET
    @Path("custody")
    @RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.SUPERVISOR})
    public List<Seal> inMyCustody() {
        return registry.inCustodyOf(Callers.actor(security));
    }

    /** One seal. */
    @GET
    @Path("{esId}")
    @RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.SUPERVISOR})
    public Seal get(@PathParam("esId") String esId) {
        return registry.get(esId);
    }

    /** Approves a request; the approver must not be the requester (dual control, 403 otherwise). */
    @POST
    @Path("{esId}/approve")
    @RolesAllowed(Roles.SEAL_APPROVER)
    public Seal approve(@PathParam("esId") String esId) {
        return registry.approve(esId, Callers.actor(security));
    }

    /** Rejects a request with a reason. */
    @POST
    @Path("{esId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SEAL_APPROVER)
    public Seal reject(@PathParam("esId") String esId, SealBodies.Reason body) {
        return registry.reject(esId, Callers.actor(security), Inputs.body(body).reason());
    }

    /** Makes an approved seal (key pair, certificate, picture, SESeal) and activates it. */
    @POST
    @Path("{esId}/make")
    @RolesAllowed(Roles.SEAL_ADMIN)
    public Seal make(@PathParam("esId") String esId, @QueryParam("activate") String activate) {
        Seal made = registry.make(esId, Callers.actor(security));
        if ("false".equalsIgnoreCase(activate)) {
            return made;
        }
        return made.state() == SealState.MADE ? registry.activate(esId, Callers.actor(security)) : made;
    }

    /** Activates a made seal. */
    @POST
    @Path("{esId}/activate")
    @RolesAllowed(Roles.SEAL_ADMIN)
    public Seal activate(@PathParam("esId") String esId) {
        return registry.activate(esId, Callers.actor(security));
    }

    /** Requests the next numbered sub-seal of an active approval seal; 201. */
    @POST
    @Path("{esId}/sub-seals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SEAL_ADMIN)
    @APIResponseSchema(value = Seal.class, responseCode = "201", responseDescription = "the sub-seal, REQUESTED")
    public Response requestSubSeal(@PathParam("esId") String esId, SealBodies.NewSubSeal body) {
        SealBodies.NewSubSeal sub = Inputs.body(body);
        return created(registry.requestSubSeal(
                new SubSealRequest(esId, sub.siteName(), sub.siteDivision(), Callers.actor(security))));
    }

    /** Suspends an active seal (挂失). */
    @POST
    @Path("{esId}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SEAL_ADMIN)
    public Seal suspend(@PathParam("esId") String esId, SealBodies.Reason body) {
        return registry.suspend(esId, Callers.actor(security), Inputs.body(body).reason());
    }

    /** Proposes resuming a suspended seal (恢复): 202 with the proposal, which an approver confirms. */
    @POST
    @Path("{esId}/resume")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SEAL_ADMIN)
    public Response resume(@PathParam("esId") String esId, SealBodies.Reason body) {
        return proposed(registry.proposeResumption(esId, Callers.actor(security), Inputs.body(body).reason()));
    }

    /**
     * Revokes a seal effective now (no effective time, or one at most a minute ago): 200 with the
     * seal. An earlier effective time is proposed instead: 202 with the proposal, which an approver
     * confirms.
     */
    @POST
    @Path("{esId}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SEAL_ADMIN)
    public Response revoke(@PathParam("esId") String esId, SealBodies.Revocation body) {
        SealBodies.Revocation revocation = Inputs.body(body);
        if (SealProposal.backDated(revocation.effectiveAt(), clock.now())) {
            return proposed(registry.proposeRevocation(esId, Callers.actor(security), revocation.reason(),
                    revocation.effectiveAt()));
        }
        return Response.ok(registry.revoke(esId, Callers.actor(security), revocation.reason(),
                revocation.effectiveAt())).build();
    }

    /** Proposes allowing a custodian to sign with the seal: 202 with the proposal, which an approver confirms. */
    @PUT
    @Path("{esId}/custodians/{user}")
    @RolesAllowed(Roles.SEAL_ADMIN)
    public Response grantCustody(@PathParam("esId") String esId, @PathParam("user") String user) {
        return proposed(registry.proposeCustody(esId, org.bianmin.core.Actor.of(user), Callers.actor(security), null));
    }

    /** The seal's proposals (resumption, back-dated revocation, custody), oldest first. */
    @GET
    @Path("{esId}/proposals")
    @RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.SUPERVISOR})
    public List<SealProposal> proposals(@PathParam("esId") String esId) {
        return registry.proposals(esId);
    }

    /** Confirms a proposal and makes its change; the approver is not the proposer (403 otherwise). */
    @POST
    @Path("{esId}/proposals/{id}/confirm")
    @RolesAllowed(Roles.SEAL_APPROVER)
    public SealProposal confirm(@PathParam("esId") String esId, @PathParam("id") String id) {
        return registry.confirm(esId, id, Callers.actor(security));
    }

    /** Rejects a proposal with a reason; nothing changes. */
    @POST
    @Path("{esId}/proposals/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SEAL_APPROVER)
    public SealProposal rejectProposal(@PathParam("esId") String esId, @PathParam("id") String id,
            SealBodies.Reason body) {
        return registry.rejectProposal(esId, id, Callers.actor(security), Inputs.body(body).reason());
    }

    /** Withdraws the caller's own proposal (the reason is optional); nothing changes. */
    @POST
    @Path("{esId}/proposals/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SEAL_ADMIN)
    public SealProposal withdrawProposal(@PathParam("esId") String esId, @PathParam("id") String id,
            SealBodies.Reason body) {
        return registry.withdrawProposal(esId, id, Callers.actor(security), body == null ? null : body.reason());
    }

    /** The seal's custody grants, held and withdrawn, oldest first. */
    @GET
    @Path("{esId}/custodians")
    @RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.SUPERVISOR})
    public List<CustodyGrant> custodians(@PathParam("esId") String esId) {
        return registry.custody(esId);
    }

    /** Withdraws a custodian's permission to sign with the seal. */
    @DELETE
    @Path("{esId}/custodians/{user}")
    @RolesAllowed(Roles.SEAL_ADMIN)
    public Response withdrawCustody(@PathParam("esId") String esId, @PathParam("user") String user) {
        registry.withdrawCustody(esId, org.bianmin.core.Actor.of(user), Callers.actor(security));
        return Response.noContent().build();
    }

    /** The seal's recorded lifecycle, oldest first. */
    @GET
    @Path("{esId}/history")
    @RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.SUPERVISOR})
    public List<SealTransition> history(@PathParam("esId") String esId) {
        return registry.history(esId);
    }

    /** The seal's recorded uses (用印登记), oldest first. */
    @GET
    @Path("{esId}/uses")
    @RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.SUPERVISOR})
    public List<SealUse> uses(@PathParam("esId") String esId) {
        return registry.uses(esId);
    }

    /**
     * The RFC 4998 evidence record (DER) of the use that made the signature with this SM3 hash (hex, as
     * the use register shows it): what a verifier hands in with the signature as its proof of existence
     * once the time-stamp authority's certificate has expired. 404 {@code EVIDENCE_RECORD_NOT_FOUND}
     * until an archive run covered the use.
     */
    @GET
    @Path("{esId}/uses/{signatureHash}/evidence-record")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.SUPERVISOR})
    public Response evidenceRecord(@PathParam("esId") String esId, @PathParam("signatureHash") String signatureHash) {
        byte[] record = archive.evidenceRecord(esId, signatureHash).orElseThrow(() -> new BianminException(
                ErrorCode.EVIDENCE_RECORD_NOT_FOUND, "no archive time-stamp covers the use of seal " + esId
                        + " with signature hash " + signatureHash + " yet; an administrator runs the archiving"));
        return Downloads.named(Response.ok(record), signatureHash + ".ers").build();
    }

    /**
     * Covers up to {@code batch} (default 1000) uses that wait with one archive time-stamp, as the caller
     * (audited); answers how many were covered.
     */
    @POST
    @Path("evidence-records")
    @RolesAllowed(Roles.SEAL_ADMIN)
    public Map<String, Object> archive(@QueryParam("batch") String batch) {
        return Map.of("covered", archive.archive(Inputs.smallNumber("batch", batch, 1000), Callers.actor(security)));
    }

    /** The state the seal was in at an instant. */
    @GET
    @Path("{esId}/state")
    @RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.SUPERVISOR})
    public Map<String, Object> stateAt(@PathParam("esId") String esId, @QueryParam("at") String at) {
        Instant instant = Inputs.instant("at", at, clock.now());
        return Map.of("esId", esId, "at", instant.toString(), "state", registry.stateAt(esId, instant));
    }

    /** The seal picture as PNG. */
    @GET
    @Path("{esId}/picture.png")
    @Produces("image/png")
    @RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.SUPERVISOR})
    public byte[] picturePng(@PathParam("esId") String esId) {
        return registry.picturePng(esId);
    }

    /** The seal picture as SVG, for print. */
    @GET
    @Path("{esId}/picture.svg")
    @Produces("image/svg+xml")
    @RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.SUPERVISOR})
    public String pictureSvg(@PathParam("esId") String esId) {
        return registry.pictureSvg(esId);
    }

    /** The DER of the seal's GB/T 38540 SESeal. */
    @GET
    @Path("{esId}/seseal.der")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.SUPERVISOR})
    public Response sealStructure(@PathParam("esId") String esId) {
        return Downloads.named(Response.ok(registry.sealStructure(esId)), esId + ".esl").build();
    }

    /** The seal's signer certificate (X.509 DER). */
    @GET
    @Path("{esId}/certificate.der")
    @Produces("application/pkix-cert")
    @RolesAllowed({Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN, Roles.AUDITOR, Roles.SUPERVISOR})
    public byte[] certificate(@PathParam("esId") String esId) {
        return registry.signerCertificate(esId);
    }

    /**
     * Signs the document in the request body (any bytes) with the seal; answers 201 with the
     * signature as JSON (its DER in Base64), or as DER itself when {@code Accept:
     * application/octet-stream}.
     */
    @POST
    @Path("{esId}/signatures")
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.SEAL_CUSTODIAN)
    public Response sign(@PathParam("esId") String esId, @QueryParam("case") String caseNumber,
            InputStream document, @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        SealSignature signature = signer.sign(esId, document, Inputs.text("case", caseNumber), Callers.actor(security));
        Response.ResponseBuilder answer = Response.status(Response.Status.CREATED);
        if (accept != null && accept.contains(MediaType.APPLICATION_OCTET_STREAM) && !accept.contains("json")) {
            return answer.type(MediaType.APPLICATION_OCTET_STREAM_TYPE).entity(signature.der()).build();
        }
        return answer.type(MediaType.APPLICATION_JSON_TYPE).entity(signature).build();
    }

    private Response proposed(SealProposal proposal) {
        return Response.accepted(proposal).location(uri.getBaseUriBuilder().path("seals").path(proposal.esId())
                .path("proposals").build()).build();
    }

    private Response created(Seal seal) {
        return Response.created(uri.getBaseUriBuilder().path("seals").path(seal.esId()).build()).entity(seal).build();
    }
}
