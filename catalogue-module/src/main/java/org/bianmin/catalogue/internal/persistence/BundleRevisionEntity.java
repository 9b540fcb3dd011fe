package org.bianmin.catalogue.internal.persistence;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.bianmin.catalogue.ServiceBundle;
import org.bianmin.catalogue.internal.transfer.CatalogueJson;

/** One dated revision of a "一件事一次办" bundle, kept as its JSON. */
@Entity
@Table(name = "cat_bundle_revision")
@AttributeOverride(name = "code", column = @Column(name = "bundle_code"))
@AttributeOverride(name = "name", column = @Column(name = "bundle_name"))
public class BundleRevisionEntity extends RevisionRow {
    protected BundleRevisionEntity() {
    }

    public BundleRevisionEntity(long change, String code, LocalDate validFrom, ServiceBundle bundle) {
        super(change, code, bundle == null ? null : bundle.name(), validFrom,
                bundle == null ? null : CatalogueJson.bundleJson(bundle));
    }

    /** The bundle, or null for a removal. */
    public ServiceBundle bundle() {
        String body = body();
        return body == null ? null : CatalogueJson.bundleFromJson(body, "bundle revision " + change());
    }
}
