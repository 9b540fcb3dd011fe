package org.bianmin.catalogue.internal.persistence;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.internal.transfer.CatalogueJson;

/**
 * One dated revision of a service item; the item's fields are kept as its JSON (the documented
 * format), so a revision is written and read whole.
 */
@Entity
@Table(name = "cat_item_revision")
@AttributeOverride(name = "code", column = @Column(name = "item_code"))
@AttributeOverride(name = "name", column = @Column(name = "item_name"))
public class ItemRevisionEntity extends RevisionRow {
    protected ItemRevisionEntity() {
    }

    public ItemRevisionEntity(long change, String code, LocalDate validFrom, ServiceItem item) {
        super(change, code, item == null ? null : item.name(), validFrom,
                item == null ? null : CatalogueJson.itemJson(item));
    }

    /** The item, or null for a removal. */
    public ServiceItem item() {
        String body = body();
        return body == null ? null : CatalogueJson.itemFromJson(body, "item revision " + change());
    }
}
