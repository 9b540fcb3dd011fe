package org.bianmin.catalogue.internal.persistence;

import jakarta.persistence.Column;
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
    @Column(name = "version_no")
    private int number;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "as_of", nullable = false, length = 10)
    private String asOf;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 128)
    private String publishedBy;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Column(name = "legal_basis", nullable = false, length = 1000)
    private String legalBasis;

    @Column(name = "last_change", nullable = false)
    private long lastChange;

    @Column(name = "item_count", nullable = false)
    private int itemCount;

    @Column(name = "grant_count", nullable = false)
    private int grantCount;

    @Column(name = "digest", nullable = false, length = 64)
    private String digest;

    @Column(name = "snapshot", nullable = false)
    private String snapshot;

    protected VersionEntity() {
    }

    public VersionEntity(CatalogueVersion version, String snapshot) {
        this.number = version.number();
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
        return new CatalogueVersion(number, title, LocalDate.parse(asOf), publishedAt, Actor.of(publishedBy), reason,
                legalBasis, lastChange, itemCount, grantCount, digest);
    }

    public String snapshot() {
        return snapshot;
    }
}
