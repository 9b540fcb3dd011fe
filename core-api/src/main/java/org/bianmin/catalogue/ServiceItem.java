package org.bianmin.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * A government-service item (政务服务事项) of the county catalogue (plan task 8): what it is, who may
 * handle it, on what legal basis, with which materials, within which time limits and at what fee.
 * Every field that C-DISCLOSE requires to be published is here.
 *
 * @param code           the item's stable code in the catalogue (事项编码), letters, digits, {@code . _ -}
 * @param name           the item's name in Chinese (事项名称)
 * @param tibetanName    the name in Tibetan for bilingual guides (C-GUIDE), or null
 * @param type           one of the eleven item types
 * @param levels         the levels that implement it by statute: {@code COUNTY} and/or {@code TOWNSHIP}
 *                       (a township's statutory power, 乡镇法定权力), plus {@code VILLAGE_PROXY} when village
 *                       proxy points may accept it (村级代办). A county item reaches a township only
 *                       through a {@link DevolutionGrant}.
 * @param department     the implementing department (实施主体), or null
 * @param legalBasis     the legal basis (设定依据)
 * @param conditions     the conditions to apply (受理条件), or null
 * @param materials      the application materials, each named once
 * @param statutoryDays  statutory time limit in working days (法定办结时限); 0 means on the spot
 * @param promisedDays   promised time limit in working days (承诺办结时限), at most the statutory one
 * @param fee            the fee and its basis
 * @param highFrequency  whether it is a high-frequency item (高频事项, V-ITEMS)
 * @param oneTimeNotice  the one-time-notification text (一次性告知), or null
 * @param consultation   the consultation channel (咨询方式), or null
 * @param complaint      the complaint channel (投诉方式, C-COMPLAINT), or null
 * @param elements       the national-platform elements (codes, power exercise, handling terms); never null,
 *                       {@link ItemElements#NONE} when none are given. Time limits given there in working
 *                       days must equal {@code statutoryDays} and {@code promisedDays}.
 * @see "docs/requirements.md C-DISCLOSE, C-GUIDE, V-ITEMS"
 */
public record ServiceItem(String code, String name, String tibetanName, ItemType type, Set<ServiceLevel> levels,
        String department, String legalBasis, String conditions, List<Material> materials, int statutoryDays,
        int promisedDays, Fee fee, boolean highFrequency, String oneTimeNotice, String consultation,
        String complaint, ItemElements elements) {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ServiceItem {
        code = checkCode(code);
        name = Checks.text(name, "name of item " + code, 200);
        tibetanName = Checks.optionalText(tibetanName);
        Checks.required(type, "type of item " + code);
        levels = checkLevels(levels, code);
        department = Checks.optionalText(department);
        legalBasis = Checks.text(legalBasis, "legal basis of item " + code, 2000);
        conditions = Checks.optionalText(conditions);
        materials = Checks.list(materials, "materials of item " + code);
        Set<String> seen = new HashSet<>();
        for (Material material : materials) {
            if (!seen.add(material.mergeKey())) {
                throw BianminException.invalid("item " + code + " lists material '" + material.name() + "' twice");
            }
        }
        Checks.nonNegative(statutoryDays, "statutory time limit of item " + code);
        Checks.nonNegative(promisedDays, "promised time limit of item " + code);
        if (promisedDays > statutoryDays) {
            throw BianminException.invalid("item " + code + ": promised time limit " + promisedDays
                    + " exceeds the statutory " + statutoryDays + " working days");
        }
        fee = fee == null ? Fee.FREE : fee;
        oneTimeNotice = Checks.optionalText(oneTimeNotice);
        consultation = Checks.optionalText(consultation);
        complaint = Checks.optionalText(complaint);
        elements = elements == null ? ItemElements.NONE : elements;
        checkLimits(code, elements.handling(), statutoryDays, promisedDays);
    }

    /** An item without national-platform elements, as before they were added. */
    public ServiceItem(String code, String name, String tibetanName, ItemType type, Set<ServiceLevel> levels,
            String department, String legalBasis, String conditions, List<Material> materials, int statutoryDays,
            int promisedDays, Fee fee, boolean highFrequency, String oneTimeNotice, String consultation,
            String complaint) {
        this(code, name, tibetanName, type, levels, department, legalBasis, conditions, materials, statutoryDays,
                promisedDays, fee, highFrequency, oneTimeNotice, consultation, complaint, ItemElements.NONE);
    }

    private static void checkLimits(String code, HandlingTerms handling, int statutoryDays, int promisedDays) {
        if (handling == null) {
            return;
        }
        if (handling.statutory().unit() == LimitUnit.WORKING_DAYS && handling.statutory().amount() != statutoryDays
                || handling.promised().unit() == LimitUnit.WORKING_DAYS
                        && handling.promised().amount() != promisedDays) {
            throw BianminException.invalid("item " + code + ": the handling terms give " + handling.statutory().text()
                    + " statutory and " + handling.promised().text() + " promised, but the item's limits are "
                    + statutoryDays + " and " + promisedDays + " working days; make them agree");
        }
    }

    /** Checks and returns a stripped item code; fails with {@code INVALID_ARGUMENT}. */
    public static String checkCode(String code) {
        String stripped = Checks.text(code, "item code");
        if (!CODE.matcher(stripped).matches()) {
            throw BianminException.invalid("item code '" + stripped
                    + "' must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return stripped;
    }

    private static Set<ServiceLevel> checkLevels(Set<ServiceLevel> levels, String code) {
        if (levels == null || levels.isEmpty()) {
            throw BianminException.invalid("item " + code + " needs at least one implementing level");
        }
        EnumSet<ServiceLevel> copy = EnumSet.copyOf(levels);
        if (!copy.contains(ServiceLevel.COUNTY) && !copy.contains(ServiceLevel.TOWNSHIP)) {
            throw BianminException.invalid("item " + code
                    + ": a village proxy point only accepts items, so the county or the township must handle it");
        }
        return java.util.Collections.unmodifiableSet(copy);
    }

    /**
     * The materials the applicant hands in: all but those the platform obtains by data sharing
     * ({@link MaterialSource#SHARED_BY_PLATFORM}, 免提交). The same list when none is shared.
     */
    public List<Material> materialsToHandIn() {
        for (Material material : materials) {
            if (!material.details().askedOfApplicant()) {
                return materials.stream().filter(m -> m.details().askedOfApplicant()).toList();
            }
        }
        return materials;
    }

    /** Whether a township handles it by statute (乡镇法定权力), with no grant needed. */
    public boolean townshipStatutory() {
        return levels.contains(ServiceLevel.TOWNSHIP);
    }

    /** Whether village proxy points may accept it (村级代办). */
    public boolean villageProxy() {
        return levels.contains(ServiceLevel.VILLAGE_PROXY);
    }

    /** A builder with this item's values, for an amendment. */
    public Builder toBuilder() {
        Builder builder = new Builder(code, name, type);
        builder.tibetanName = tibetanName;
        builder.levels = EnumSet.copyOf(levels);
        builder.department = department;
        builder.legalBasis = legalBasis;
        builder.conditions = conditions;
        builder.materials = new ArrayList<>(materials);
        builder.statutoryDays = statutoryDays;
        builder.promisedDays = promisedDays;
        builder.fee = fee;
        builder.highFrequency = highFrequency;
        builder.oneTimeNotice = oneTimeNotice;
        builder.consultation = consultation;
        builder.complaint = complaint;
        builder.elements = elements;
        return builder;
    }

    /** A builder for an item with the given code, name and type (county level, free, no materials). */
    public static Builder builder(String code, String name, ItemType type) {
        return new Builder(code, name, type);
    }

    /** Builds a {@link ServiceItem} step by step; {@link #build()} validates. */
    public static final class Builder {
        private String code;
        private String name;
        private ItemType type;
        private String tibetanName;
        private Set<ServiceLevel> levels = EnumSet.of(ServiceLevel.COUNTY);
        private String department;
        private String legalBasis;
        private String conditions;
        private List<Material> materials = new ArrayList<>();
        private int statutoryDays;
        private int promisedDays;
        private Fee fee = Fee.FREE;
        private boolean highFrequency;
        private String oneTimeNotice;
        private String consultation;
        private String complaint;
        private ItemElements elements = ItemElements.NONE;

        private Builder(String code, String name, ItemType type) {
            this.code = code;
            this.name = name;
            this.type = type;
        }

        public Builder code(String value) {
            code = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder type(ItemType value) {
            type = value;
            return this;
        }

        public Builder tibetanName(String value) {
            tibetanName = value;
            return this;
        }

        public Builder levels(ServiceLevel first, ServiceLevel... more) {
            levels = EnumSet.of(first, more);
            return this;
        }

        public Builder levels(Set<ServiceLevel> value) {
            levels = value;
            return this;
        }

        public Builder department(String value) {
            department = value;
            return this;
        }

        public Builder legalBasis(String value) {
            legalBasis = value;
            return this;
        }

        public Builder conditions(String value) {
            conditions = value;
            return this;
        }

        public Builder materials(List<Material> value) {
            materials = new ArrayList<>(value);
            return this;
        }

        public Builder material(Material value) {
            materials.add(value);
            return this;
        }

        /**
         * Statutory and promised time limits in working days; handling terms already given in working
         * days follow them ({@link HandlingTerms#withWorkingDays}).
         */
        public Builder days(int statutory, int promised) {
            statutoryDays = statutory;
            promisedDays = promised;
            if (elements != null && elements.handling() != null) {
                elements = new ItemElements(elements.codes(), elements.exercise(),
                        elements.handling().withWorkingDays(statutory, promised), elements.results());
            }
            return this;
        }

        public Builder fee(Fee value) {
            fee = value;
            return this;
        }

        public Builder highFrequency(boolean value) {
            highFrequency = value;
            return this;
        }

        public Builder oneTimeNotice(String value) {
            oneTimeNotice = value;
            return this;
        }

        public Builder consultation(String value) {
            consultation = value;
            return this;
        }

        public Builder complaint(String value) {
            complaint = value;
            return this;
        }

        public Builder elements(ItemElements value) {
            elements = value;
            return this;
        }

        /** The validated item. */
        public ServiceItem build() {
            return new ServiceItem(code, name, tibetanName, type, levels, department, legalBasis, conditions,
                    materials, statutoryDays, promisedDays, fee, highFrequency, oneTimeNotice, consultation,
                    complaint, elements);
        }
    }
}
