package org.bianmin.proxy.internal.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares the materials an applicant presented with the catalogue's list (任务12 三 审核): what is
 * missing goes into the one-time notice (一次性告知, 任务16). Names match ignoring white space and the
 * width of brackets.
 */
public final class MaterialsCheck {
    private MaterialsCheck() {
    }

    /** The required materials not among {@code presented}, in the catalogue's order. */
    public static List<String> missing(List<String> required, Set<String> presented) {
        Set<String> have = presented.stream().map(MaterialsCheck::key).collect(Collectors.toSet());
        return required.stream().filter(material -> !have.contains(key(material))).toList();
    }

    static String key(String material) {
        return material.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
    }
}
