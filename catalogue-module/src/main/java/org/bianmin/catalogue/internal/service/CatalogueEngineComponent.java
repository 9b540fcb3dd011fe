package org.bianmin.catalogue.internal.service;

import java.time.Duration;
import java.time.LocalDate;
import org.bianmin.audit.AuditTrail;
import org.bianmin.catalogue.ChangeNote;
import org.bianmin.catalogue.internal.demo.DemoCatalogue;
import org.bianmin.catalogue.internal.persistence.CatalogueStorage;
import org.bianmin.core.Actor;
import org.bianmin.core.spi.TimeSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The catalogue's engine in OSGi: loads the catalogue from the database that
 * {@link CatalogueStorage} owns into the in-memory index, and sends changes to the
 * {@link AuditTrail} whenever one is registered (an optional, dynamic reference). The catalogue's
 * services reference it. Configuration PID {@code org.bianmin.catalogue}.
 */
@Component(service = CatalogueEngineComponent.class, immediate = true, configurationPid = CatalogueEngineComponent.PID)
@Designate(ocd = CatalogueEngineComponent.Config.class)
public class CatalogueEngineComponent {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.catalogue";

    /** How the catalogue runs. */
    @ObjectClassDefinition(name = "Bianmin catalogue",
            description = "The devolved-power catalogue: items, grants, bundles and versions.")
    public @interface Config {
        @AttributeDefinition(name = "Refresh interval (ms)",
                description = "How long queries may answer from the in-memory index before checking the database "
                        + "for changes made by another node. Changes made through this node apply at once.")
        long refresh_interval_ms() default 2000;

        @AttributeDefinition(name = "Load the demo catalogue",
                description = "When the catalogue is empty, import the ILLUSTRATIVE Luding demo catalogue.")
        boolean demo_catalogue() default false;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditTrail auditTrail;

    private final CatalogueEngine engine;

    @Activate
    public CatalogueEngineComponent(@Reference CatalogueStorage storage,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            Config config) {
        this.engine = new CatalogueEngine(storage.unit(), clock == null ? TimeSource.system() : clock, () -> auditTrail,
                Duration.ofMillis(Math.max(0, config.refresh_interval_ms())));
        if (config.demo_catalogue() && engine.state().lastChange() == 0) {
            new CatalogueTransferService(engine).importJson(DemoCatalogue.json(), new ChangeNote(
                    Actor.of("system"), "导入示例目录（仅供演示）", "示例数据，非正式目录", LocalDate.of(2021, 9, 1)));
        }
    }

    /** The engine. */
    public CatalogueEngine engine() {
        return engine;
    }
}
