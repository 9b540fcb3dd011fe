package org.bianmin.catalogue;

import java.util.List;
import org.bianmin.core.Checks;

/**
 * One material of a bundle's merged list: asked once even when several items need it.
 *
 * @param material  the merged material (its form covers every item's form, its copies the largest
 *                  number asked; required when any item requires it)
 * @param itemCodes the bundle's items that need it
 */
public record MergedMaterial(Material material, List<String> itemCodes) {
    public MergedMaterial {
        Checks.required(material, "material");
        itemCodes = Checks.list(itemCodes, "items of material " + material.name());
    }
}
