package org.bianmin.standards;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks centres, stations and village rooms against the plan's standards (REQUIREMENTS.md C-*
 * and V-* rules).
 */
@ProviderType
public interface StandardsChecker {
    /** The ids of the rules this checker applies, e.g. {@code C-AREA}. */
    List<String> ruleIds();
}
