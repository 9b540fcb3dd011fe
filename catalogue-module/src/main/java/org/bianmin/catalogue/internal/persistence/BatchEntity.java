package org.bianmin.catalogue.internal.persistence;

import jakarta.persistence.Column;
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
    @Column(name = "batch_no")
    private int number;
    private String title;
    @Column(name = "document_no")
    private String documentNumber;
    private String issuedOn;
    @Column(name = "change_seq")
    private long change;

    protected BatchEntity() {
    }

    public BatchEntity(DevolutionBatch batch, long change) {
        this.number = batch.number();
        this.title = batch.title();
        this.documentNumber = batch.documentNumber();
        this.issuedOn = batch.issued().toString();
        this.change = change;
    }

    public DevolutionBatch toBatch() {
        return new DevolutionBatch(number, title, documentNumber, LocalDate.parse(issuedOn));
    }
}
