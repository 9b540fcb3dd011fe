/**
 * Standards checks (plan tasks 4, 6, 7, 9, 11–16): each C-* and V-* rule of docs/requirements.md is a
 * check over a {@link org.bianmin.standards.SiteDescription} that ends in PASS, FAIL, NOT_ASSESSED or
 * ADVISORY with a detail citing the plan's clause and the measured value
 * ({@link org.bianmin.standards.RuleResult}). {@link org.bianmin.standards.StandardsChecker} checks one
 * site and rolls reports up per township and county;
 * {@link org.bianmin.standards.StandardsReportRenderer} writes them as JSON or printable HTML.
 */
@Version("2.0.0")
@Export
package org.bianmin.standards;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
