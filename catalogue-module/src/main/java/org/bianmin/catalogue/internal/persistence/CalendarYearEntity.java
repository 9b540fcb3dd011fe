package org.bianmin.catalogue.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bianmin.core.Actor;

/** An official calendar year loaded by an administrator, kept as the file it came from. */
@Entity
@Table(name = "cat_calendar_year")
public class CalendarYearEntity {
    @Id
    private int calendarYear;
    private String source;
    private String yearFile;
    private Instant loadedAt;
    private String loadedBy;

    protected CalendarYearEntity() {
    }

    public CalendarYearEntity(int year, String source, String yearFile, Instant loadedAt, Actor loadedBy) {
        this.calendarYear = year;
        this.source = source;
        this.yearFile = yearFile;
        this.loadedAt = loadedAt;
        this.loadedBy = loadedBy.id();
    }

    public int year() {
        return calendarYear;
    }

    public String yearFile() {
        return yearFile;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public Actor loadedBy() {
        return Actor.of(loadedBy);
    }
}
