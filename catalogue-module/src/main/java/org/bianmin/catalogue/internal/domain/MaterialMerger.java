package org.bianmin.catalogue.internal.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.MaterialDetails;
import org.bianmin.catalogue.MaterialSource;
import org.bianmin.catalogue.MergedMaterial;
import org.bianmin.catalogue.ServiceItem;

/**
 * Merges the materials of a "一件事一次办" bundle's items (plan task 8: 优化整合关联事项，有效减少…证明材料):
 * a material that several items ask for is asked once. Two materials are the same when their
 * {@link Material#mergeKey() names} match; the merged one asks for every form any item asks for, the
 * largest number of copies, and is required when any item requires it (then without condition);
 * conditions of conditional ones are joined. Materials the platform obtains by data sharing (免提交)
 * are not asked at all; a merged material may follow later (容缺) or be electronic only when every
 * item allows it, and keeps the first paper size, blank form and legal basis given.
 */
public final class MaterialMerger {
    private MaterialMerger() {
    }

    /** The merged list, in the order the materials first appear. */
    public static List<MergedMaterial> merge(List<ServiceItem> items) {
        Map<String, Material> merged = new LinkedHashMap<>();
        Map<String, List<String>> neededBy = new LinkedHashMap<>();
        for (ServiceItem item : items) {
            for (Material material : item.materialsToHandIn()) {
                String key = material.mergeKey();
                merged.merge(key, material, MaterialMerger::combine);
                neededBy.computeIfAbsent(key, k -> new ArrayList<>()).add(item.code());
            }
        }
        List<MergedMaterial> result = new ArrayList<>();
        merged.forEach((key, material) -> result.add(new MergedMaterial(material, neededBy.get(key))));
        return result;
    }

    static Material combine(Material first, Material second) {
        boolean required = first.required() || second.required();
        String condition = null;
        if (!required) {
            condition = first.condition().equals(second.condition()) ? first.condition()
                    : first.condition() + "；或" + second.condition();
        }
        String sample = first.sampleForm() != null ? first.sampleForm() : second.sampleForm();
        MaterialDetails a = first.details();
        MaterialDetails b = second.details();
        MaterialDetails details = new MaterialDetails(a.source() == b.source() ? a.source() : MaterialSource.APPLICANT,
                a.necessity().stricter(b.necessity()), a.electronic() && b.electronic(),
                a.paperSize() != null ? a.paperSize() : b.paperSize(),
                a.blankForm() != null ? a.blankForm() : b.blankForm(),
                a.legalBasis() != null ? a.legalBasis() : b.legalBasis());
        return new Material(first.name(), first.form().union(second.form()), Math.max(first.copies(), second.copies()),
                required, condition, sample, details);
    }
}
