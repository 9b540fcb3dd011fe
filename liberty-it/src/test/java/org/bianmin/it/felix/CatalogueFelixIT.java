package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.AuditTrail;
import org.bianmin.catalogue.CatalogueListingRenderer;
import org.bianmin.catalogue.CatalogueTransfer;
import org.bianmin.catalogue.CatalogueVersion;
import org.bianmin.catalogue.CatalogueVersions;
import org.bianmin.catalogue.ChangeNote;
import org.bianmin.catalogue.DevolutionGrants;
import org.bianmin.catalogue.HandlingAnswer;
import org.bianmin.catalogue.HandlingBasis;
import org.bianmin.catalogue.ServiceCatalogue;
import org.bianmin.catalogue.ServiceLevel;
import org.bianmin.catalogue.WorkingDays;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue's services in Felix, called through their core-api types as a platform module calls
 * them: the demo catalogue loaded by configuration, the "who handles" question for a pilot village,
 * a deadline across National Day, a grant withdrawn (and sent to the audit trail), a version
 * published with its public listing, and an export.
 */
class CatalogueFelixIT {
    private static final DivisionCode HEPING = DivisionCode.of("513322102201");
    private static final DivisionCode XINGLONG = DivisionCode.of("513322102");

    @TempDir
    Path dir;

    @Test
    void aWhoHandlesFlowThroughTheOsgiServices() throws Exception {
        try (FelixRuntime felix = FelixRuntime.builder(FelixRuntime.Mode.TYPED_API).selectedDatabase()
                .demoCatalogue()
                .configure("org.bianmin.audit.trail", Map.of("keystore.path", dir.resolve("audit.p12").toString(),
                        "keystore.password", "felix-catalogue-secret", "checkpoint.interval.minutes", 0))
                .start()) {
            ServiceCatalogue catalogue = felix.service(ServiceCatalogue.class);
            DevolutionGrants grants = felix.service(DevolutionGrants.class);
            CatalogueVersions versions = felix.service(CatalogueVersions.class);
            CatalogueTransfer transfer = felix.service(CatalogueTransfer.class);
            WorkingDays workingDays = felix.service(WorkingDays.class);
            AuditTrail trail = felix.service(AuditTrail.class);

            LocalDate day = LocalDate.of(2025, 9, 30);
            HandlingAnswer answer = catalogue.whoHandles("LD-MZ-001", HEPING, day);
            assertEquals(ServiceLevel.VILLAGE_PROXY, answer.level());
            assertEquals("泸定县兴隆镇便民服务中心", answer.handlingPlace().siteName());
            assertEquals(HandlingBasis.DEVOLUTION_GRANT, answer.basis());
            assertEquals("泸府办发〔2021〕17号", answer.batch().documentNumber());
            assertEquals(LocalDate.of(2025, 11, 4), catalogue.deadline(day, answer.promisedDays()));
            assertEquals(catalogue.deadline(day, 5), workingDays.deadline(day, 5));
            assertEquals(LocalDate.of(2025, 10, 14), workingDays.deadline(day, 5), "across Golden Week");

            long before = trail.size();
            ChangeNote note = new ChangeNote(Actor.of("county.admin.li"), "承接能力不足，收回", "泸府办发〔2025〕9号",
                    LocalDate.of(2025, 11, 1));
            grants.withdraw("G-2021-003", note);
            assertEquals(HandlingBasis.COUNTY,
                    catalogue.whoHandles("LD-ZR-001", XINGLONG, LocalDate.of(2025, 11, 3)).basis());
            // the demo import, made at start before the trail was there, may reach the log with this
            // integration: only the withdrawal's own entries count here
            List<AuditEntry> logged = trail.entries(before, trail.size()).stream()
                    .filter(entry -> entry.subject().equals("G-2021-003")).toList();
            assertEquals(1, logged.size());
            assertEquals("CATALOGUE_GRANT_WITHDRAWN", logged.get(0).type().name());
            assertEquals("G-2021-003", logged.get(0).subject());

            CatalogueVersion version = versions.publish("泸定县便民服务事项清单（示例）", note);
            CatalogueListingRenderer listing = felix.service(CatalogueListingRenderer.class);
            assertTrue(listing.render(versions.listing(version.number()), null).contains("城乡居民最低生活保障对象认定"));
            assertEquals(HandlingBasis.COUNTY, versions.whoHandles("LD-ZR-001", XINGLONG,
                    LocalDate.of(2025, 11, 3), version.number()).basis());
            assertTrue(transfer.exportJson(LocalDate.of(2025, 11, 3)).contains("\"LD-NY-001\""));

            BianminException refused = assertThrows(BianminException.class,
                    () -> grants.withdraw("G-2021-003", note));
            assertEquals(ErrorCode.GRANT_ALREADY_WITHDRAWN, refused.code());
        }
    }
}
