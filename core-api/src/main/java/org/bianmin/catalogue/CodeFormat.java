package org.bianmin.catalogue;

import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * The fixed width of a catalogue code (GB/T 39554.1-2020: 基本编码, 实施编码, 业务办理项编码) and the one
 * way its text is read: present, stripped, exactly {@code length} characters; a part that its own
 * check refuses is reported with the whole code. Each code record parses through its format and
 * fails with its own error code.
 *
 * @param article the article before {@code kind} ("a" or "an")
 * @param kind    what the code is called, e.g. "basic code"
 * @param chinese its Chinese name
 * @param length  its number of characters
 * @param parts   the widths of its parts, as the message shows them
 * @param error   the code every refusal carries
 */
record CodeFormat(String article, String kind, String chinese, int length, String parts, ErrorCode error) {
    /** The stripped text of {@code code}, or a refusal when it is absent or not {@code length} characters. */
    String read(String code) {
        if (code == null || code.isBlank()) {
            throw invalid(article + " " + kind + " (" + chinese + ") is required");
        }
        String value = code.strip();
        if (value.length() != length) {
            throw invalid(kind + " '" + value + "' must have " + length + " characters (" + parts + "), got "
                    + value.length());
        }
        return value;
    }

    /** The refusal of code {@code value} because one of its parts was refused with {@code cause}. */
    BianminException refused(String value, BianminException cause) {
        return invalid(kind + " '" + value + "': " + cause.getMessage());
    }

    BianminException invalid(String message) {
        return new BianminException(error, message);
    }
}
