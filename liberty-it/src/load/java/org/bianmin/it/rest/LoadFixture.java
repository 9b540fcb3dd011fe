package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bianmin.it.OfdSamples;

/**
 * What the load scenarios work on, set up through the REST API before the load starts (a
 * simulation's {@code before}), as the ITs set up theirs: five active seals in the care of every
 * window clerk of the run, the village agents bound to the pilot points, a detached signature of one
 * seal with its document, an invoice OFD sealed by one, and a signed audit checkpoint. Each part is
 * made once, when first asked for.
 */
final class LoadFixture {
    /** The signing clerks' seals (the "5 seals"). */
    static final int SEALS = 5;
    /** The demo custodian, who makes the fixture's signature and sealed invoice. */
    static final String CUSTODIAN = "custodian.chen";
    /** The pilot points the agents are spread over, each offering the scenario's item. */
    private static final List<String> POINTS = List.of("heping", "chuni");
    private static final Api SUPERVISOR = Api.as("supervisor.liu");

    private static boolean clerksReady;
    private static boolean agentsReady;

    private static List<String> seals;
    private static byte[] detachedBody;
    private static String detachedBoundary;
    private static byte[] unsignedInvoice;
    private static byte[] sealedInvoice;
    private static long auditTreeSize;

    private LoadFixture() {
    }

    /**
     * Five township centres' seals, active, in the custodian's care: made by the run's first
     * simulation that needs them and listed in the run's folder for the later ones (each simulation
     * runs in a JVM of its own, and a second seal for the same centre would be refused).
     */
    static synchronized List<String> seals() {
        if (seals == null) {
            Path list = LoadRun.workDir().resolve("seals.txt");
            try {
                if (Files.exists(list)) {
                    seals = List.copyOf(Files.readAllLines(list));
                } else {
                    List<String> made = new ArrayList<>();
                    for (int i = 0; i < SEALS; i++) {
                        made.add(Seals.activeInCustodyOf(CUSTODIAN));
                    }
                    Files.createDirectories(list.getParent());
                    Files.write(list, made);
                    seals = List.copyOf(made);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seals;
    }

    /** The window clerk a virtual user signs in as: {@code load.clerk.01} to {@code load.clerks}. */
    static String clerk(long virtualUser) {
        return String.format(Locale.ROOT, "load.clerk.%02d",
                Math.floorMod(virtualUser, LoadSettings.fromSystem().clerks()) + 1);
    }

    /** The village agent a virtual user signs in as: {@code load.agent.001} to {@code load.agents}. */
    static String agent(long virtualUser) {
        return String.format(Locale.ROOT, "load.agent.%03d",
                Math.floorMod(virtualUser, LoadSettings.fromSystem().agents()) + 1);
    }

    /** The point of that agent. */
    static String agentPoint(long virtualUser) {
        return POINTS.get(Math.floorMod(virtualUser, LoadSettings.fromSystem().agents()) % POINTS.size());
    }

    /**
     * The five seals, each in the custody of every clerk of the run: granted under dual control
     * (proposed by one administrator, confirmed by another) once per run, the run's folder noting it.
     */
    static synchronized void clerks() {
        if (clerksReady) {
            return;
        }
        Path done = LoadRun.workDir().resolve("clerks.txt");
        int clerks = LoadSettings.fromSystem().clerks();
        try {
            if (!Files.exists(done)) {
                for (String esId : seals()) {
                    for (int clerk = 0; clerk < clerks; clerk++) {
                        Seals.grantCustody(esId, clerk(clerk));
                    }
                }
                Files.writeString(done, clerks + " clerks\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        clerksReady = true;
    }

    /**
     * Every agent of the run registered at its point and its login bound to that record, by the
     * county supervisor; the load's database outlives a run, so what exists already is kept.
     */
    static synchronized void agents() {
        if (agentsReady) {
            return;
        }
        for (int user = 0; user < LoadSettings.fromSystem().agents(); user++) {
            String login = agent(user);
            if (SUPERVISOR.get("/api/proxy/assignments?login=" + login).json().size() > 0) {
                continue;
            }
            String point = agentPoint(user);
            String record = login.replace('.', '-');
            Api.Answer registered = SUPERVISOR.post("/api/proxy/points/" + point + "/agents",
                    "{\"id\":\"" + record + "\",\"name\":\"代办员" + (user + 1) + "\",\"role\":\"CLERK\"}");
            assertEquals(201, registered.status(), registered::toString);
            Api.Answer assigned = SUPERVISOR.post("/api/proxy/assignments", "{\"login\":\"" + login
                    + "\",\"pointId\":\"" + point + "\",\"agentId\":\"" + record + "\"}");
            assertEquals(201, assigned.status(), assigned::toString);
        }
        agentsReady = true;
    }

    /** The multipart body of a detached verification: a signature by the first seal and its document. */
    static synchronized byte[] detachedBody() {
        if (detachedBody == null) {
            byte[] document = "泸定县 准予行政许可决定书 负载测试".getBytes(StandardCharsets.UTF_8);
            Api.Answer signed = Api.as(CUSTODIAN).postBytes("/api/seals/" + seals().get(0)
                    + "/signatures?case=LOAD-DETACHED", "application/pdf", document);
            assertEquals(201, signed.status(), signed::toString);
            Map<String, byte[]> parts = new LinkedHashMap<>();
            parts.put("signature", Base64.getDecoder().decode(signed.json().path("der").asText()));
            parts.put("document", document);
            detachedBoundary = "bianmin-load-" + java.util.UUID.randomUUID();
            detachedBody = Api.formData(detachedBoundary, parts);
        }
        return detachedBody;
    }

    /** The content type of {@link #detachedBody()}, with its boundary. */
    static synchronized String detachedContentType() {
        detachedBody();
        return "multipart/form-data; boundary=" + detachedBoundary;
    }

    /** The shared vendor invoice without its signature, the document the window clerks seal. */
    static synchronized byte[] unsignedInvoice() {
        if (unsignedInvoice == null) {
            try {
                unsignedInvoice = OfdSamples.unsignedInvoice();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return unsignedInvoice;
    }

    /** The invoice sealed by the first seal: what the OFD verification scenario verifies. */
    static synchronized byte[] sealedInvoice() {
        if (sealedInvoice == null) {
            Api.Answer sealed = Api.as(CUSTODIAN).postBytes("/api/seals/" + seals().get(0)
                    + "/sealed-ofd?case=LOAD-OFD&page=1&x=150&y=100", "application/ofd", unsignedInvoice());
            assertEquals(201, sealed.status(), sealed::toString);
            sealedInvoice = sealed.body();
        }
        return sealedInvoice;
    }

    /** The size of the audit trail at a checkpoint published for the proofs the load asks for. */
    static synchronized long auditTreeSize() {
        if (auditTreeSize == 0) {
            seals();
            Api.Answer checkpoint = Api.as("auditor.zhao").post("/api/audit/checkpoints");
            assertEquals(201, checkpoint.status(), checkpoint::toString);
            auditTreeSize = checkpoint.json().path("treeSize").asLong();
        }
        return auditTreeSize;
    }
}
