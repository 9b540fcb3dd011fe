package org.bianmin.catalogue.internal.transfer;

/**
 * A record read from a CSV table: the line where its row starts, and the key that names it (an
 * item code, a bundle code, a grant id), so that a refusal of the record can name both.
 *
 * @param line   the line number, from 1 for the header row
 * @param key    the record's key
 * @param record the record
 */
public record CsvLine<T>(int line, String key, T record) {
}
