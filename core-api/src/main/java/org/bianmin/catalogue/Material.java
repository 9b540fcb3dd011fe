package org.bianmin.catalogue;

import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * One application material (申请材料) of a service item, as C-DISCLOSE requires it to be published:
 * what it is, original or copy, how many copies, and whether it is always required or only under a
 * stated condition.
 *
 * @param name       the material's name, e.g. {@code 居民身份证}
 * @param form       original, copy, or both
 * @param copies     number of copies (份数), at least 1
 * @param required   true when always required; false when only required under {@code condition}
 * @param condition  when a conditional material is required (必要条件); null for required ones
 * @param sampleForm the name or reference of a filled-in sample form (示范样表), or null
 * @param details    its national-platform elements (source, 容缺, electronic, paper size, blank form, legal
 *                   basis); {@link MaterialDetails#NONE} when none are given
 * @see "docs/requirements.md C-DISCLOSE, C-GUIDE"
 */
public record Material(String name, MaterialForm form, int copies, boolean required, String condition,
        String sampleForm, MaterialDetails details) {
    public Material {
        name = Checks.text(name, "material name", 200);
        Checks.required(form, "material form of '" + name + "'");
        Checks.positive(copies, "copies of '" + name + "'");
        condition = Checks.optionalText(condition);
        sampleForm = Checks.optionalText(sampleForm);
        if (!required && condition == null) {
            throw BianminException.invalid("conditional material '" + name + "' needs its condition");
        }
        if (required && condition != null) {
            throw BianminException.invalid("material '" + name + "' is required, so it has no condition");
        }
        details = details == null ? MaterialDetails.NONE : details;
    }

    /** A material without national-platform details, as before they were added. */
    public Material(String name, MaterialForm form, int copies, boolean required, String condition, String sampleForm) {
        this(name, form, copies, required, condition, sampleForm, MaterialDetails.NONE);
    }

    /** A material that is always required, without a sample form. */
    public static Material required(String name, MaterialForm form, int copies) {
        return new Material(name, form, copies, true, null, null);
    }

    /** A material that is required only under {@code condition}. */
    public static Material conditional(String name, MaterialForm form, int copies, String condition) {
        return new Material(name, form, copies, false, condition, null);
    }

    /** This material with the given sample form. */
    public Material withSampleForm(String sample) {
        return new Material(name, form, copies, required, condition, sample, details);
    }

    /** This material with the given details. */
    public Material withDetails(MaterialDetails value) {
        return new Material(name, form, copies, required, condition, sampleForm, value);
    }

    /**
     * The key under which two items' materials count as the same document when a bundle merges
     * them: the name without white space and with full-width brackets made half-width.
     */
    public String mergeKey() {
        return name.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
    }
}
