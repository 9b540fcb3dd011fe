package org.bianmin.catalogue;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The county's catalogue of government-service items (政务服务事项) and the powers it grants to
 * townships (plan tasks 8, 10). Its central question: who handles this item for this place on this
 * date, within what time limit, with which materials?
 */
@ProviderType
public interface ServiceCatalogue {
    /** The number of items in the current catalogue. */
    int itemCount();
}
