package org.bianmin.catalogue.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A place of the county's service network (county, township, station or village), keyed by its
 * division code (GB/T 2260).
 */
@Entity
@Table(name = "cat_place")
public class PlaceEntity {
    @Id
    private String divisionCode;
    private String placeName;
    private String placeKind;
    private String parentCode;
    private Instant createdAt;

    protected PlaceEntity() {
    }

    public PlaceEntity(String divisionCode, String placeName, String placeKind, String parentCode, Instant createdAt) {
        this.divisionCode = divisionCode;
        this.placeName = placeName;
        this.placeKind = placeKind;
        this.parentCode = parentCode;
        this.createdAt = createdAt;
    }

    public String divisionCode() {
        return divisionCode;
    }

    public String placeName() {
        return placeName;
    }

    public String placeKind() {
        return placeKind;
    }

    public String parentCode() {
        return parentCode;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
