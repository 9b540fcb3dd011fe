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
public abstract class RequiredCodesRule<E extends Enum<E>> extends SiteRule {
    private final String field;
    private final Function<SiteDescription, List<E>> list;
    private final Set<E> required;

    protected RequiredCodesRule(String id, Set<SiteKind> kinds, String clause, String summary, String field,
            Function<SiteDescription, List<E>> list, Set<E> required) {
        super(id, kinds, clause, summary);
        this.field = field;
        this.list = list;
        this.required = Set.copyOf(required);
    }

    @Override
    public RuleResult check(SiteDescription site, CheckContext context) {
        List<E> present = list.apply(site);
        if (present == null) {
            return notAssessed("the description has no '" + field + "'");
        }
        List<E> missing = missing(present, required);
        return missing.isEmpty()
                ? pass(field + " has all " + required.size() + " required: " + codes(missing(List.of(), required)))
                : fail(field + " lacks " + missing.size() + " of " + required.size() + ": " + codes(missing));
    }
}
