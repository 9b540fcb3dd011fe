package org.bianmin.catalogue.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.bianmin.catalogue.ServiceBundle;
import org.bianmin.catalogue.internal.transfer.CatalogueJson;

/** One dated revision of a "一件事一次办" bundle, kept as its JSON. */
@Entity
@Table(name = "cat_bundle_revision")
public class BundleRevisionEntity extends RevisionRow {
    @Column(name = "bundle_code")
    private String code;
    @Column(name = "bundle_name")
    private String name;

    protected BundleRevisionEntity() {
    }

    public BundleRevisionEntity(long change, String code, LocalDate validFrom, ServiceBundle bundle) {
        super(change, validFrom, bundle == null ? null : CatalogueJson.bundleJson(bundle));
        this.code = code;
        this.name = bundle == null ? null : bundle.name();
    }

    public String code() {
        return code;
    }

    /** The bundle, or null for a removal. */
    public ServiceBundle bundle() {
        String body = body();
        return body == null ? null : CatalogueJson.bundleFromJson(body, "bundle revision " + change());
    }
}
