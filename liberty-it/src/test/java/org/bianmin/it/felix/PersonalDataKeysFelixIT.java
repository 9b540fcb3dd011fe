package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.proxy.Agent;
import org.bianmin.proxy.AgentRole;
import org.bianmin.proxy.Applicant;
import org.bianmin.proxy.Channel;
import org.bianmin.proxy.IdCardNumber;
import org.bianmin.proxy.NewCase;
import org.bianmin.proxy.PointKind;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.ProxyCases;
import org.bianmin.proxy.ProxyPoint;
import org.bianmin.proxy.ProxyPoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rotation of the personal-data key in Felix, as an operator does it: the ledger's key directory
 * gets the current key's file (owner-only), a new {@code personal.data.key.id} through Config Admin
 * starts a new key, and {@code proxy:rekey} in the Gogo shell re-encrypts the older rows in batches,
 * recorded in the audit trail; every applicant stays readable and found by ID number.
 */
class PersonalDataKeysFelixIT {
    private static final Actor AGENT = Actor.of("agent.zhang");
    private static final Actor CENTRE = Actor.of("xinglong.centre.li");
    private static final DivisionCode HEPING = DivisionCode.of("513322102201");
    private static final String LEDGER = "org.bianmin.proxy.ledger";

    @TempDir
    Path dir;

    @Test
    void aNewKeyIdThenProxyRekeyMovesEveryRowToTheNewKey() throws Exception {
        Instant now = LocalDate.of(2025, 10, 20).atTime(9, 0).atZone(TimeSource.CHINA).toInstant();
        Path keys = dir.resolve("keys/proxy");
        try (FelixRuntime felix = FelixRuntime.builder(FelixRuntime.Mode.TYPED_API).selectedDatabase()
                .clock(TimeSource.fixed(now))
                .demoCatalogue()
                .configure("org.bianmin.audit.trail", Map.of("checkpoint.interval.minutes", 0))
                .configure(LEDGER, ledger(keys, "1"))
                .configure("org.bianmin.shell", Map.of("console.user", "admin.chen"))
                .start()) {
            ProxyPoints points = felix.service(ProxyPoints.class);
            points.registerPoint(new ProxyPoint("heping", "兴隆镇和平村便民服务室", PointKind.SERVICE_ROOM, HEPING), CENTRE);
            points.registerAgent(new Agent("zhang", "heping", "张华", AgentRole.CLERK), CENTRE);
            List<String> caseIds = new ArrayList<>();
            ProxyCases underOne = felix.service(ProxyCases.class);
            for (int i = 1; i <= 3; i++) {
                caseIds.add(underOne.receive(newCase(i, now), AGENT).id());
            }
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("1.key"))));

            felix.reconfigure(LEDGER, ledger(keys, "2"));
            Path two = keys.resolve("2.key");
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!Files.exists(two) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(two)));
            ProxyCases underTwo = felix.service(ProxyCases.class);
            caseIds.add(underTwo.receive(newCase(4, now), AGENT).id());

            GogoShell shell = new GogoShell(felix);
            assertEquals("3 rows re-encrypted under key 2 in 2 batches; 0 not under it",
                    shell.run("proxy:rekey 2"));
            assertEquals("0 rows re-encrypted under key 2 in 0 batches; 0 not under it", shell.run("proxy:rekey"));
            String refused = shell.run("proxy:rekey 0");
            assertTrue(refused.startsWith("ERROR INVALID_ARGUMENT: the batch size is 1 to 10000 rows"), refused);

            for (int i = 1; i <= 4; i++) {
                String id = number(i);
                assertEquals(id, underTwo.applicant(caseIds.get(i - 1), CENTRE, "回访").idNumber().value());
                assertEquals(List.of(caseIds.get(i - 1)), underTwo.casesByIdNumber(IdCardNumber.of(id), CENTRE).stream()
                        .map(ProxyCase::id).toList());
            }
            AuditTrail trail = felix.service(AuditTrail.class);
            List<String> stages = trail.entries(0, trail.size()).stream()
                    .filter(e -> e.type() == AuditEventType.PERSONAL_DATA_REKEYED)
                    .map(e -> e.actor().id() + " " + (e.payloadJson().contains("finished") ? "finished"
                            : e.payloadJson().contains("started") ? "started" : e.payloadJson())).toList();
            assertEquals(List.of("admin.chen started", "admin.chen finished", "admin.chen started",
                    "admin.chen finished"), stages);
        }
    }

    private static Map<String, Object> ledger(Path keys, String keyId) {
        return Map.of("personal.data.key.dir", keys.toString(), "personal.data.key.id", keyId,
                "county.logins", new String[] {AGENT.id(), CENTRE.id()});
    }

    private static NewCase newCase(int i, Instant at) {
        return new NewCase("heping", "zhang", Applicant.of("申请人" + i, number(i), "1381234567" + i), "LD-MZ-005", at,
                Channel.WALK_IN, Set.of(), Set.of());
    }

    private static String number(int i) {
        String first17 = "5133221945031200" + i;
        return first17 + IdCardNumber.checkCharacter(first17);
    }
}
