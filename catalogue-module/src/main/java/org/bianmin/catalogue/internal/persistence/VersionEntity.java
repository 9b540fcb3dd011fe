package org.bianmin.catalogue.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.bianmin.catalogue.CatalogueVersion;
import org.bianmin.core.Actor;

/** A published version (公示版本) with its whole snapshot as JSON; rows are only ever inserted. */
@Entity
@Table(name = "cat_version")
public class VersionEntity {
    @Id
    private int versionNo;
    private String title;
    private String asOf;
    private Instant publishedAt;
    private String publishedBy;
    private String reason;
    private String legalBasis;
    private long lastChange;
    private int itemCount;
    private int grantCount;
    private String digest;
    private String snapshot;

    protected VersionEntity() {
    }

    public VersionEntity(CatalogueVersion version, String snapshot) {
        this.versionNo = version.number();
        this.title = version.title();
        this.asOf = version.asOf().toString();
        this.publishedAt = version.published();
        this.publishedBy = version.publishedBy().id();
        this.reason = version.reason();
        this.legalBasis = version.legalBasis();
        this.lastChange = version.lastChange();
        this.itemCount = version.itemCount();
        this.grantCount = version.grantCount();
        this.digest = version.digest();
        this.snapshot = snapshot;
    }

    public CatalogueVersion toVersion() {
        return new CatalogueVersion(versionNo, title, LocalDate.parse(asOf), publishedAt, Actor.of(publishedBy), reason,
                legalBasis, lastChange, itemCount, grantCount, digest);
    }

    public String snapshot() {
        return snapshot;
    }
}
