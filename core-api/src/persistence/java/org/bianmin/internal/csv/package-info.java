/**
 * CSV that every implementation bundle shares at build time, read and written by Jackson's CSV
 * format (RFC 4180): {@link org.bianmin.internal.csv.CsvOutput}, the one writer of CSV exports, which
 * neutralises spreadsheet formulas, and {@link org.bianmin.internal.csv.CsvInput}, the one reader of
 * CSV imports, which undoes exactly that and numbers each record by the line it starts on.
 *
 * <p>Like {@code org.bianmin.internal.persistence}, it is compiled into core-api's
 * {@code persistence} jar and never exported; bnd's {@code -conditionalpackage} copies it into each
 * bundle that uses it as a private package, which then imports {@code com.fasterxml.jackson.dataformat.csv}.
 */
package org.bianmin.internal.csv;
