package org.bianmin.rest.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.AuditTrail;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.ConsistencyProof;
import org.bianmin.audit.InclusionProof;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.rest.Roles;
import org.bianmin.rest.support.Downloads;
import org.bianmin.rest.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tamper-evident audit trail over HTTP (审计日志, RFC 9162 Merkle tree with SM3): entries,
 * signed checkpoints (tree heads), inclusion and consistency proofs, the checkpoint key and the
 * export that {@code audit-verify.jar} checks offline. Hashes and signatures are Base64.
 */
@Path("audit")
@RequestScoped
@Tag(name = "audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
public class AuditResource {
    private static final int MAX_ENTRIES = 1000;
    private static final String PEM = "application/x-pem-file";
    /** A checkpoint as a C2SP signed note (tlog-checkpoint). */
    static final String CHECKPOINT_NOTE = "text/x.tlog.checkpoint";

    @Inject
    AuditTrail trail;

    /** The number of entries and the latest checkpoint, if any. */
    @GET
    public Map<String, Object> summary() {
        return trail.latestCheckpoint()
                .<Map<String, Object>>map(latest -> Map.of("size", trail.size(), "latestCheckpoint", latest))
                .orElseGet(() -> Map.of("size", trail.size()));
    }

    /** Entries {@code from} (inclusive) to {@code to} (exclusive), at most 1000. */
    @GET
    @Path("entries")
    public List<AuditEntry> entries(@QueryParam("from") String from, @QueryParam("to") String to) {
        long start = Inputs.number("from", from, 0);
        long end = Inputs.number("to", to, Math.min(trail.size(), start + MAX_ENTRIES));
        if (end - start > MAX_ENTRIES) {
            throw new BianminException(ErrorCode.PROOF_RANGE_INVALID, "ask for at most " + MAX_ENTRIES + " entries at a time");
        }
        return trail.entries(start, end);
    }

    /** One entry. */
    @GET
    @Path("entries/{sequence}")
    public AuditEntry entry(@PathParam("sequence") String sequence) {
        return trail.entry(Inputs.number("sequence", sequence, 0));
    }

    /** Every published checkpoint, oldest first. */
    @GET
    @Path("checkpoints")
    public List<Checkpoint> checkpoints() {
        return trail.checkpoints();
    }

    /** Publishes a checkpoint of the trail as it is now: 201. */
    @POST
    @Path("checkpoints")
    @APIResponseSchema(value = Checkpoint.class, responseCode = "201", responseDescription = "the signed checkpoint")
    public Response publish() {
        return Response.status(Response.Status.CREATED).entity(trail.publishCheckpoint()).build();
    }

    /**
     * The newest checkpoint: JSON, or, when the request accepts {@value #CHECKPOINT_NOTE} by name,
     * the signed note with the cosignatures gathered for it. 404 {@code CHECKPOINT_NOT_FOUND} before
     * the first.
     */
    @GET
    @Path("checkpoints/latest")
    @Produces({MediaType.APPLICATION_JSON, CHECKPOINT_NOTE})
    public Response latest(@Context HttpHeaders headers) {
        Checkpoint latest = trail.latestCheckpoint().orElseThrow(() -> new BianminException(
                ErrorCode.CHECKPOINT_NOT_FOUND, "no checkpoint was published yet: publish one (POST /api/audit/checkpoints)"));
        boolean note = headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.valueOf(CHECKPOINT_NOTE)) && !type.isWildcardSubtype());
        return note ? Response.ok(trail.checkpointNote(latest.treeSize()), CHECKPOINT_NOTE).build()
                : Response.ok(latest, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * The checkpoint of a tree size as a signed note (C2SP tlog-checkpoint): the log's SM2 and
     * Ed25519 signature lines and the witnesses' cosignatures, the file {@code audit-verify --note} reads.
     */
    @GET
    @Path("checkpoints/{treeSize}/note")
    @Produces(CHECKPOINT_NOTE)
    public String note(@PathParam("treeSize") String treeSize) {
        return trail.checkpointNote(Inputs.number("treeSize", treeSize, 0));
    }

    /** Whether the checkpoint counts under the witness policy: {@code {"treeSize":n,"witnessed":true}}. */
    @GET
    @Path("checkpoints/{treeSize}/witnessed")
    public Map<String, Object> witnessed(@PathParam("treeSize") String treeSize) {
        long size = Inputs.number("treeSize", treeSize, 0);
        return Map.of("treeSize", size, "witnessed", trail.witnessed(size));
    }

    /**
     * The checkpoint's RFC 3161 time-stamp token, over SM3 of its signed note's text:
     * {@code {"treeSize":n,"stamped":true,"timeStampToken":"base64 DER"}}, or {@code "stamped":false}
     * when it was published without one. 404 {@code CHECKPOINT_NOT_FOUND}.
     */
    @GET
    @Path("checkpoints/{treeSize}/timestamp")
    public Map<String, Object> timeStamp(@PathParam("treeSize") String treeSize) {
        long size = Inputs.number("treeSize", treeSize, 0);
        return trail.checkpointTimeStamp(size)
                .<Map<String, Object>>map(token -> Map.of("treeSize", size, "stamped", true,
                        "timeStampToken", Base64.getEncoder().encodeToString(token)))
                .orElseGet(() -> Map.of("treeSize", size, "stamped", false));
    }

    /** The verifier keys of the checkpoint notes' signatures, SM2 first (what {@code audit-verify --log-key} takes). */
    @GET
    @Path("note-keys")
    public List<String> noteKeys() {
        return trail.noteVerifierKeys();
    }

    /** The checkpoint of a tree size. */
    @GET
    @Path("checkpoints/{treeSize}")
    public Checkpoint checkpoint(@PathParam("treeSize") String treeSize) {
        return trail.checkpoint(Inputs.number("treeSize", treeSize, 0));
    }

    /** The proof that entry {@code sequence} is in the tree of {@code treeSize} entries (RFC 9162 §2.1.3). */
    @GET
    @Path("proofs/inclusion")
    public InclusionProof inclusion(@QueryParam("sequence") String sequence, @QueryParam("treeSize") String treeSize) {
        return trail.inclusionProof(Inputs.requiredNumber("sequence", sequence),
                Inputs.requiredNumber("treeSize", treeSize));
    }

    /** The proof that the tree of {@code from} entries is a prefix of the tree of {@code to} (RFC 9162 §2.1.4). */
    @GET
    @Path("proofs/consistency")
    public ConsistencyProof consistency(@QueryParam("from") String from, @QueryParam("to") String to) {
        return trail.consistencyProof(Inputs.requiredNumber("from", from), Inputs.requiredNumber("to", to));
    }

    /** The public key that signs checkpoints (SubjectPublicKeyInfo, DER). */
    @GET
    @Path("public-key")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public byte[] publicKey() {
        return trail.checkpointPublicKey();
    }

    /** The same key as a PEM "PUBLIC KEY" block (RFC 7468 §13), the form {@code audit-verify.jar --key} reads. */
    @GET
    @Path("public-key")
    @Produces(PEM)
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(trail.checkpointPublicKey()) + "\n-----END PUBLIC KEY-----\n";
    }

    /**
     * The offline proof of one entry: the entry, the newest checkpoint and the inclusion proof
     * between them, one file that {@code audit-verify.jar --key … --proof FILE} checks alone. 404
     * {@code CHECKPOINT_NOT_FOUND} while no checkpoint covers the entry.
     */
    @GET
    @Path("entries/{sequence}/proof")
    public Response offlineProof(@PathParam("sequence") String sequence) {
        long number = Inputs.number("sequence", sequence, 0);
        ByteArrayOutputStream proof = new ByteArrayOutputStream();
        trail.exportProof(number, proof);
        return Downloads.named(Response.ok(proof.toByteArray(), MediaType.APPLICATION_JSON_TYPE),
                "bianmin-audit-entry-" + number + ".proof.json").build();
    }

    /** The whole trail in its export format, for {@code audit-verify.jar}. */
    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response export() {
        StreamingOutput body = trail::export;
        return Downloads.named(Response.ok(body), "bianmin-audit.log").build();
    }
}
