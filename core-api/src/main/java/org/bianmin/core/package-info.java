/**
 * What every Bianmin service shares: the one exception type {@link org.bianmin.core.BianminException}
 * with its stable {@link org.bianmin.core.ErrorCode}, the {@link org.bianmin.core.Actor} behind
 * every privileged action, and the {@link org.bianmin.core.DivisionCode} that identifies a county,
 * township or village (GB/T 2260).
 */
@Version("1.8.0")
@Export
package org.bianmin.core;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
