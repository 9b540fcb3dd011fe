package org.bianmin.catalogue.internal.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bianmin.catalogue.ChangeKind;
import org.bianmin.catalogue.ChangeNote;
import org.bianmin.catalogue.DevolutionBatch;
import org.bianmin.catalogue.DevolutionGrant;
import org.bianmin.catalogue.DevolutionGrants;
import org.bianmin.catalogue.GrantRequest;
import org.bianmin.catalogue.Withdrawal;
import org.bianmin.catalogue.internal.domain.CatalogueRules;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link DevolutionGrants} over the {@link CatalogueEngine}. */
@Component(service = DevolutionGrants.class)
public final class CatalogueGrants implements DevolutionGrants {
    private final CatalogueEngine engine;

    CatalogueGrants(CatalogueEngine engine) {
        this.engine = Checks.required(engine, "engine");
    }

    /** The service in OSGi. */
    @Activate
    public CatalogueGrants(@Reference CatalogueEngineComponent engine) {
        this(engine.engine());
    }

    @Override
    public DevolutionBatch addBatch(DevolutionBatch batch, ChangeNote note) {
        return engine.change((state, store, changes) -> {
            CatalogueRules.checkAddBatch(state, batch);
            long seq = changes.record(store, ChangeKind.BATCH_ADDED, "batch " + batch.number(), note, true);
            store.addBatch(batch, seq);
            changes.after(live -> live.putBatch(batch));
            return batch;
        });
    }

    @Override
    public List<DevolutionBatch> batches() {
        return engine.state().batches();
    }

    @Override
    public DevolutionGrant grant(GrantRequest request, ChangeNote note) {
        Checks.required(request, "grant request");
        return engine.change((state, store, changes) -> {
            String id = String.format("G-%06d", changes.sequence() + 1);
            for (int n = 2; state.grant(id).isPresent(); n++) {
                id = String.format("G-%06d-%d", changes.sequence() + 1, n);
            }
            DevolutionGrant grant = request.toGrant(id);
            CatalogueRules.checkGrant(state, grant, List.of());
            long seq = changes.record(store, ChangeKind.GRANT_MADE, grant.id(), note, true);
            store.addGrant(grant, seq);
            changes.after(live -> live.putGrant(grant));
            return grant;
        });
    }

    @Override
    public DevolutionGrant withdraw(String grantId, ChangeNote note) {
        return engine.change((state, store, changes) -> {
            DevolutionGrant grant = CatalogueRules.checkWithdraw(state, grantId, note);
            DevolutionGrant withdrawn = grant.withdrawn(new Withdrawal(note.effective(), note.reason(),
                    note.legalBasis()));
            changes.record(store, ChangeKind.GRANT_WITHDRAWN, grantId, note, true);
            store.withdrawGrant(withdrawn);
            changes.after(live -> live.putGrant(withdrawn));
            return withdrawn;
        });
    }

    @Override
    public Optional<DevolutionGrant> find(String grantId) {
        return engine.state().grant(Checks.required(grantId, "grant id"));
    }

    @Override
    public List<DevolutionGrant> grantsOf(String itemCode) {
        return engine.state().grantsOf(Checks.required(itemCode, "item code"));
    }

    @Override
    public List<DevolutionGrant> grantsTo(DivisionCode township, LocalDate date) {
        return engine.state().grantsTo(Checks.required(township, "township"), Checks.required(date, "date"));
    }
}
