package org.bianmin.core;

/**
 * The forms a report is rendered in by a domain's renderer service (e.g.
 * {@link org.bianmin.standards.StandardsReportRenderer}): the data stays in API records, the
 * renderer turns it into a page or a document.
 */
public enum Format {
    /** A self-contained HTML page a person can read and print. */
    HTML("text/html; charset=UTF-8"),
    /** A JSON document in the form the domain documents. */
    JSON("application/json");

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type of a rendered report, e.g. {@code text/html; charset=UTF-8}. */
    public String mediaType() {
        return mediaType;
    }
}
