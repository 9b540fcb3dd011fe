package org.bianmin.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;

/**
 * The national codes of an item (GB/T 39554.1-2020): its basic code (基本编码), the implementation
 * code (实施编码) of this catalogue's implementing body, and the codes of its handling items
 * (业务办理项编码). The catalogue's own item code ({@link ServiceItem#code()}) stays the key.
 *
 * @param basic          the basic code
 * @param implementation the implementation code, or null while none is assigned; it extends {@code basic}
 * @param handlingItems  the handling items, each extending {@code implementation}, codes and names unique
 */
public record ItemCodes(BasicCode basic, ImplementationCode implementation, List<HandlingItem> handlingItems) {
    public ItemCodes {
        if (basic == null) {
            throw new BianminException(ErrorCode.BASIC_CODE_INVALID, "an item's national codes start with its basic"
                    + " code (基本编码)");
        }
        if (implementation != null && !implementation.basicCode().equals(basic)) {
            throw new BianminException(ErrorCode.IMPLEMENTATION_CODE_INVALID, "implementation code " + implementation
                    + " is for basic code " + implementation.basicCode() + ", not the item's " + basic);
        }
        handlingItems = Checks.list(handlingItems, "handling items of " + basic);
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (HandlingItem item : handlingItems) {
            if (implementation == null || !item.code().implementation().equals(implementation)) {
                throw new BianminException(ErrorCode.HANDLING_ITEM_CODE_INVALID, "handling item " + item.code()
                        + " (" + item.name() + ") must extend the item's implementation code "
                        + (implementation == null ? "(none assigned: assign one first)" : implementation));
            }
            if (!codes.add(item.code().value()) || !names.add(item.name())) {
                throw new BianminException(ErrorCode.HANDLING_ITEM_CODE_INVALID, "handling item " + item.code()
                        + " (" + item.name() + ") is listed twice: give each variant its own code and name");
            }
        }
    }

    /** Codes with a basic code only. */
    public static ItemCodes basic(BasicCode basic) {
        return new ItemCodes(basic, null, List.of());
    }
}
