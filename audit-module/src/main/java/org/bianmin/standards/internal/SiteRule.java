package org.bianmin.standards.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.RuleStatus;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.SiteKind;
import org.bianmin.standards.StandardsRule;

/**
 * One rule of docs/requirements.md as a check over a site description. Each subclass implements one rule
 * id and quotes the plan's clause in its Javadoc; the clause and the summary it reports stand in
 * {@code rules.properties} beside this class, under the rule id; its detail gives the clause and what
 * was measured.
 */
public abstract class SiteRule {
    /** The kinds the centre rules apply to: centres and stations (任务2: 建设标准…基本一致). */
    protected static final Set<SiteKind> CENTRES = EnumSet.of(SiteKind.TOWNSHIP_CENTRE, SiteKind.STATION);
    /** The kind the village rules apply to. */
    protected static final Set<SiteKind> ROOMS = EnumSet.of(SiteKind.VILLAGE_ROOM);

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("org.bianmin.standards.internal.rules",
            Locale.ROOT, SiteRule.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private final StandardsRule rule;

    /** @param id the rule id, under which {@code rules.properties} holds its clause and summary */
    protected SiteRule(String id, Set<SiteKind> kinds) {
        this.rule = new StandardsRule(id, kinds, TEXTS.getString(id + ".clause"), TEXTS.getString(id + ".summary"));
    }

    /** The rule's description. */
    public final StandardsRule rule() {
        return rule;
    }

    /** The rule's id. */
    public final String id() {
        return rule.id();
    }

    /** Whether the rule applies to sites of this kind. */
    public final boolean appliesTo(SiteKind kind) {
        return rule.appliesTo().contains(kind);
    }

    /** Judges the site. */
    public abstract RuleResult check(SiteDescription site, CheckContext context);

    protected final RuleResult pass(String measured) {
        return result(RuleStatus.PASS, measured);
    }

    protected final RuleResult fail(String measured) {
        return result(RuleStatus.FAIL, measured);
    }

    protected final RuleResult notAssessed(String lacking) {
        return result(RuleStatus.NOT_ASSESSED, lacking);
    }

    protected final RuleResult advisory(String measured) {
        return result(RuleStatus.ADVISORY, measured);
    }

    /** The result of several parts (see {@link Findings}). */
    protected final RuleResult conclude(Findings findings) {
        return result(findings.status(), findings.text());
    }

    /** PASS when {@code ok}, else FAIL, with the same measurement. */
    protected final RuleResult judge(boolean ok, String measured) {
        return ok ? pass(measured) : fail(measured);
    }

    private RuleResult result(RuleStatus status, String measured) {
        return new RuleResult(rule.id(), status, rule.clause() + " — " + measured);
    }

    /** The codes of {@code required} not in {@code present}, in declaration order. */
    protected static <E extends Enum<E>> List<E> missing(Iterable<E> present, Set<E> required) {
        Set<E> have = EnumSet.copyOf(required);
        have.clear();
        present.forEach(have::add);
        return required.stream().filter(code -> !have.contains(code)).sorted().toList();
    }

    /**
     * Adds to {@code findings} the part "{@code present} holds every one of {@code required}": met with
     * {@code complete}; not met with {@code lacking} followed by the missing codes; unknown, named
     * {@code listed}, when the description has no such list ({@code present} null).
     */
    protected static <E extends Enum<E>> Findings allOf(Findings findings, Iterable<E> present, Set<E> required,
            String listed, String complete, String lacking) {
        if (present == null) {
            return findings.part(null, listed);
        }
        List<E> absent = missing(present, required);
        return findings.part(absent.isEmpty(), absent.isEmpty() ? complete : lacking + codes(absent));
    }

    /** Whether {@code list} holds {@code code}; null when the description has no such list. */
    protected static <E> Boolean has(List<E> list, E code) {
        return list == null ? null : list.contains(code);
    }

    /** Codes as a comma-separated list. */
    protected static String codes(List<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    /** A number without a useless ".0". */
    protected static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
