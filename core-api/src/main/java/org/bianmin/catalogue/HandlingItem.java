package org.bianmin.catalogue;

import org.bianmin.core.Checks;

/**
 * A handling item (业务办理项): one variant of an implemented item, such as first issue or renewal,
 * with its own code.
 *
 * @param code its handling-item code (业务办理项编码)
 * @param name its name (业务办理项名称)
 */
public record HandlingItem(HandlingItemCode code, String name) {
    public HandlingItem {
        Checks.required(code, "handling-item code");
        name = Checks.text(name, "name of handling item " + code, 200);
    }
}
