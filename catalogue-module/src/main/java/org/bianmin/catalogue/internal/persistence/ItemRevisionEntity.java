package org.bianmin.catalogue.internal.persistence;

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
public class ItemRevisionEntity extends RevisionRow {
    @Column(name = "item_code")
    private String code;
    @Column(name = "item_name")
    private String name;

    protected ItemRevisionEntity() {
    }

    public ItemRevisionEntity(long change, String code, LocalDate validFrom, ServiceItem item) {
        super(change, validFrom, item == null ? null : CatalogueJson.itemJson(item));
        this.code = code;
        this.name = item == null ? null : item.name();
    }

    public String code() {
        return code;
    }

    /** The item, or null for a removal. */
    public ServiceItem item() {
        String body = body();
        return body == null ? null : CatalogueJson.itemFromJson(body, "item revision " + change());
    }
}
