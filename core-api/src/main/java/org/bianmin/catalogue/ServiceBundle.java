package org.bianmin.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * A "一件事一次办" bundle (plan task 8): related items an applicant gets done in one go, with one merged
 * material list, e.g. the province's 25 "一件事" or a county-specific one.
 *
 * @param code         the bundle's stable code
 * @param name         its name, e.g. {@code 新生儿出生"一件事"}
 * @param itemCodes    the items it groups, in handling order, at least two
 * @param promisedDays the combined promised time limit in working days, or null to state the sum
 *                     of the items' promised limits
 * @param description  what the applicant gets done, or null
 * @param details      list, lead and supporting departments, situations (情形); {@link BundleDetails#NONE}
 *                     when not given. Every item a situation's answer names is a member item, each
 *                     question is asked once.
 */
public record ServiceBundle(String code, String name, List<String> itemCodes, Integer promisedDays,
        String description, BundleDetails details) {
    public ServiceBundle {
        code = ServiceItem.checkCode(code);
        name = Checks.text(name, "name of bundle " + code, 200);
        itemCodes = Checks.list(itemCodes, "items of bundle " + code).stream().map(ServiceItem::checkCode).toList();
        if (itemCodes.size() < 2) {
            throw BianminException.invalid("bundle " + code + " must group at least two items");
        }
        Set<String> seen = new HashSet<>();
        for (String item : itemCodes) {
            if (!seen.add(item)) {
                throw BianminException.invalid("bundle " + code + " lists item " + item + " twice");
            }
        }
        if (promisedDays != null) {
            Checks.nonNegative(promisedDays, "promised time limit of bundle " + code);
        }
        description = Checks.optionalText(description);
        details = details == null ? BundleDetails.NONE : details;
        Set<String> questions = new HashSet<>();
        for (Situation situation : details.situations()) {
            if (!questions.add(situation.question())) {
                throw BianminException.invalid("bundle " + code + " asks '" + situation.question() + "' twice");
            }
            for (SituationOption option : situation.options()) {
                for (String item : option.itemCodes()) {
                    if (!seen.contains(item)) {
                        throw BianminException.invalid("bundle " + code + ": answer '" + option.answer() + "' to '"
                                + situation.question() + "' names item " + item + ", which the bundle does not group");
                    }
                }
            }
        }
    }

    /** A bundle without details, as before bundles had them. */
    public ServiceBundle(String code, String name, List<String> itemCodes, Integer promisedDays, String description) {
        this(code, name, itemCodes, promisedDays, description, BundleDetails.NONE);
    }

    /**
     * The member items that apply with these answers (question → answer), in handling order: an item
     * that no answer names always applies; one that answers name applies when a chosen answer names it.
     * Fails with {@code INVALID_ARGUMENT} naming a question left unanswered or an answer not offered.
     */
    public List<String> applicableItems(Map<String, String> answers) {
        Map<String, String> given = answers == null ? Map.of() : answers;
        for (String question : given.keySet()) {
            if (details.situations().stream().noneMatch(s -> s.question().equals(question))) {
                throw BianminException.invalid("bundle " + code + " does not ask '" + question + "'");
            }
        }
        Set<String> named = new HashSet<>();
        Set<String> chosen = new HashSet<>();
        for (Situation situation : details.situations()) {
            situation.options().forEach(option -> named.addAll(option.itemCodes()));
            chosen.addAll(situation.option(given.get(situation.question())).itemCodes());
        }
        return itemCodes.stream().filter(item -> !named.contains(item) || chosen.contains(item)).toList();
    }
}
