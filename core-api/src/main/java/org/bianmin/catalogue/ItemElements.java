package org.bianmin.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * The national-platform elements of an item beyond those every item has (GB/T 39554.1-2020 codes,
 * GB/T 39554.2-2020 elements): its codes, who exercises its power and how, how it is handled, and its
 * results. Each part is optional while the county fills in its catalogue.
 *
 * @param codes    the national codes, or null
 * @param exercise who exercises the power and how it came to them, or null
 * @param handling how it is handled, or null
 * @param results  its results (办理结果), each named once; possibly none
 */
public record ItemElements(ItemCodes codes, PowerExercise exercise, HandlingTerms handling, List<ItemResult> results) {
    /** No elements. */
    public static final ItemElements NONE = new ItemElements(null, null, null, List.of());

    public ItemElements {
        results = Checks.list(results, "results");
        Set<String> names = new HashSet<>();
        for (ItemResult result : results) {
            if (!names.add(result.name())) {
                throw BianminException.invalid("result '" + result.name() + "' is listed twice");
            }
        }
    }

    /** Elements without results. */
    public ItemElements(ItemCodes codes, PowerExercise exercise, HandlingTerms handling) {
        this(codes, exercise, handling, List.of());
    }

    /** These elements with {@code result} added to the results. */
    public ItemElements withResult(ItemResult result) {
        List<ItemResult> more = new java.util.ArrayList<>(results);
        more.add(result);
        return new ItemElements(codes, exercise, handling, more);
    }

    /** Whether no part is given. */
    public boolean nothingGiven() {
        return codes == null && exercise == null && handling == null && results.isEmpty();
    }
}
