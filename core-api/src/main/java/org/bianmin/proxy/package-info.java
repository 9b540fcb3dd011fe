/**
 * Village proxy records (plan tasks 11, 12, 15): proxy points, agents (代办员), cases (代办件)
 * from receipt to answer, service indicators, ratings, and the appeal and care ledgers.
 */
@Version("1.0.0")
@Export
package org.bianmin.proxy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
