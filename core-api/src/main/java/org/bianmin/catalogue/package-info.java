/**
 * The devolved-power catalogue (plan tasks 8, 10): service items per level, county powers granted
 * to townships in batches (成熟一批、赋予一批、落地一批), "一件事一次办" bundles, and published
 * versions as laws change (动态调整).
 */
@Version("1.0.0")
@Export
package org.bianmin.catalogue;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
