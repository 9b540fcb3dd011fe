package org.bianmin.catalogue;

/** The type of an item's result (办理结果类型, GB/T 39554.2 element). */
public enum ResultType {
    /** 证照: a licence or certificate, often an electronic licence (电子证照). */
    LICENCE("证照"),
    /** 批文: an approval document. */
    APPROVAL("批文"),
    /** 其他: e.g. a payment, a registration. */
    OTHER("其他");

    private final String label;

    ResultType(String label) {
        this.label = label;
    }

    /** The Chinese name used in guides, listings and the CSV format. */
    public String label() {
        return label;
    }

    /** The value with the given Chinese label or constant name; fails with {@code INVALID_ARGUMENT}. */
    public static ResultType parse(String text) {
        return Labels.parse(values(), ResultType::label, text, "result type");
    }
}
