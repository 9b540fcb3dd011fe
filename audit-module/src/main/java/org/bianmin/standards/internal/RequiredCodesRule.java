package org.bianmin.standards.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.SiteKind;

/**
 * A rule met when one list of the description holds every code the plan names: NOT_ASSESSED when
 * the list is absent, FAIL naming the missing codes, else PASS.
 *
 * @param <E> the code type
 */
public abstract class RequiredCodesRule<E extends Enum<E>> extends SectionRule<List<E>> {
    private final Set<E> required;

    protected RequiredCodesRule(String id, Set<SiteKind> kinds, String field,
            Function<SiteDescription, List<E>> list, Set<E> required) {
        super(id, kinds, field, list);
        this.required = Set.copyOf(required);
    }

    @Override
    protected RuleResult assess(List<E> present, CheckContext context) {
        String field = section();
        List<E> missing = missing(present, required);
        return missing.isEmpty()
                ? pass(field + " has all " + required.size() + " required: " + codes(missing(List.of(), required)))
                : fail(field + " lacks " + missing.size() + " of " + required.size() + ": " + codes(missing));
    }
}
