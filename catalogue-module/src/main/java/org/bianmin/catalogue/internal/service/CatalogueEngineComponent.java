package org.bianmin.catalogue.internal.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.bianmin.audit.AuditTrail;
import org.bianmin.catalogue.ChangeNote;
import org.bianmin.catalogue.internal.persistence.CatalogueStorage;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
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
 * {@link CatalogueStorage} owns into the in-memory index, records the changes' audit events in the
 * catalogue's audit outbox and, after each commit, asks the {@link AuditTrail} registered then (a
 * mandatory, dynamic reference: without a trail the engine, and with it every catalogue service, is
 * not active and the REST API answers 503 {@code SERVICE_UNAVAILABLE}) to integrate them. The catalogue's
 * services reference it. An empty catalogue can be filled from a file in the import format
 * ({@code initial.catalogue}), which is how the demo brings its catalogue. Configuration PID
 * {@code org.bianmin.catalogue}.
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

        @AttributeDefinition(name = "Initial catalogue file", required = false,
                description = "A catalogue in the JSON import format (CatalogueTransfer), imported when the"
                        + " catalogue is empty, e.g. the demo's. None by default.")
        String initial_catalogue() default "";

        @AttributeDefinition(name = "Initial catalogue effective date", required = false,
                description = "The day (yyyy-MM-dd) from which the initial catalogue's items apply; today when empty.")
        String initial_catalogue_effective() default "";
    }

    @Reference(policy = ReferencePolicy.DYNAMIC)
    private volatile AuditTrail auditTrail;

    private final CatalogueEngine engine;

    @Activate
    public CatalogueEngineComponent(@Reference CatalogueStorage storage,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            Config config) {
        this.engine = new CatalogueEngine(storage.unit(), TimeSource.orSystem(clock), () -> auditTrail,
                Duration.ofMillis(Math.max(0, config.refresh_interval_ms())));
        String initial = config.initial_catalogue();
        if (initial != null && !initial.isBlank() && engine.state().lastChange() == 0) {
            importInitial(Path.of(initial), config.initial_catalogue_effective());
        }
    }

    private void importInitial(Path file, String effective) {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "cannot read the initial catalogue " + file
                    + " (initial.catalogue of PID " + PID + "): " + e.getMessage(), e);
        }
        LocalDate from;
        try {
            from = effective == null || effective.isBlank() ? engine.today() : LocalDate.parse(effective);
        } catch (DateTimeParseException e) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "initial.catalogue.effective of PID " + PID
                    + " must be a date like 2021-09-01, got '" + effective + "'", e);
        }
        new CatalogueTransferService(engine).importJson(json, new ChangeNote(Actor.of("system"),
                "导入初始目录 " + file.getFileName(), "部署配置 initial.catalogue (" + PID + ")", from));
    }

    /** The engine. */
    public CatalogueEngine engine() {
        return engine;
    }
}
