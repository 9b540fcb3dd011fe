/**
 * Text output that every implementation bundle shares at build time: {@link
 * org.bianmin.internal.text.Markup}, the one writer of HTML pages and SVG pictures, which escapes
 * every text and attribute value it is given, and {@link
 * org.bianmin.internal.text.Labels}, the message bundles that hold the visible texts of reports.
 *
 * <p>Like {@code org.bianmin.internal.persistence}, it is compiled into core-api's
 * {@code persistence} jar and never exported; bnd's {@code -conditionalpackage} copies it into each
 * bundle that uses it as a private package.
 */
package org.bianmin.internal.text;
