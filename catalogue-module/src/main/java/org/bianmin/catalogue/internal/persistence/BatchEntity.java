package org.bianmin.catalogue.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.bianmin.catalogue.DevolutionBatch;

/** A devolution batch (赋予批次). */
@Entity
@Table(name = "cat_batch")
public class BatchEntity {
    @Id
    private int batchNo;
    private String title;
    private String documentNo;
    private String issuedOn;
    private long changeSeq;

    protected BatchEntity() {
    }

    public BatchEntity(DevolutionBatch batch, long change) {
        this.batchNo = batch.number();
        this.title = batch.title();
        this.documentNo = batch.documentNumber();
        this.issuedOn = batch.issued().toString();
        this.changeSeq = change;
    }

    public DevolutionBatch toBatch() {
        return new DevolutionBatch(batchNo, title, documentNo, LocalDate.parse(issuedOn));
    }
}
