package org.bianmin.standards.internal;

import java.util.Set;
import java.util.function.Function;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.SiteKind;

/**
 * A rule over one part of the site description: NOT_ASSESSED, naming the part, when the description
 * does not have it (a rule of docs/requirements.md "Standards rules" judges only what was described),
 * else whatever the subclass finds in it.
 *
 * @param <S> the part the rule reads
 */
public abstract class SectionRule<S> extends SiteRule {
    private final String section;
    private final Function<SiteDescription, S> read;

    /**
     * @param section the part, as the description's JSON names it
     * @param read    reads that part, null when the description lacks it
     */
    protected SectionRule(String id, Set<SiteKind> kinds, String section,
            Function<SiteDescription, S> read) {
        super(id, kinds);
        this.section = section;
        this.read = read;
    }

    @Override
    public final RuleResult check(SiteDescription site, CheckContext context) {
        S part = read.apply(site);
        return part == null ? notAssessed("the description has no '" + section + "'") : assess(part, context);
    }

    /** The part's name, as the description's JSON names it. */
    protected final String section() {
        return section;
    }

    /** Judges the part, which the description has. */
    protected abstract RuleResult assess(S part, CheckContext context);
}
