/**
 * Standards checks (plan tasks 4, 6, 7, 9, 11–13, 16): each C-* and V-* rule of REQUIREMENTS.md is
 * a check over a site description.
 */
@Version("1.0.0")
@Export
package org.bianmin.standards;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
