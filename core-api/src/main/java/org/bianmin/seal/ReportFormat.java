package org.bianmin.seal;

/** The forms a verification report is rendered in by {@link SealReportRenderer}. */
public enum ReportFormat {
    /**
     * A self-contained HTML page for people (验证报告): verdict, seal picture and details,
     * certificates and every check, in one language or in Chinese and then English.
     */
    HTML("text/html; charset=UTF-8"),
    /**
     * The machine-readable report of the seal-verify command line,
     * {@code {"files":[{"file":…,"signatures":[…]}]}}; details in English.
     */
    JSON("application/json"),
    /** Plain text for a terminal: one block per signature, one line per check. */
    TEXT("text/plain; charset=UTF-8");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type of a rendered report, e.g. {@code text/html; charset=UTF-8}. */
    public String mediaType() {
        return mediaType;
    }
}
