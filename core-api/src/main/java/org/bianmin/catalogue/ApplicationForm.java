package org.bianmin.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * The one merged application form (一张表) of a "高效办成一件事" bundle: the applicant fills in one form
 * instead of one per member item, each field asked once although several items' forms ask it.
 *
 * @param name     the form's name, e.g. {@code 新生儿出生"一件事"联办申请表}
 * @param document the form document (its file name or reference), or null when only its fields are given
 * @param fields   the fields (填报项) the applicant fills in, each once: two names that differ only in white
 *                 space or in full- and half-width brackets are the same field; at least one unless the
 *                 document is given
 */
public record ApplicationForm(String name, String document, List<String> fields) {
    public ApplicationForm {
        name = Checks.text(name, "name of the merged application form", 200);
        document = Checks.optionalText(document);
        String what = "field of form " + name;
        fields = Checks.list(fields, "fields of form " + name).stream().map(field -> Checks.text(field, what, 100))
                .toList();
        if (fields.isEmpty() && document == null) {
            throw BianminException.invalid("merged application form " + name
                    + " needs its fields or a reference to its document");
        }
        Map<String, String> seen = new HashMap<>();
        for (String field : fields) {
            String earlier = seen.putIfAbsent(key(field), field);
            if (earlier != null) {
                throw BianminException.invalid("merged application form " + name + " asks field '" + field
                        + "' twice" + (earlier.equals(field) ? "" : " (as '" + earlier + "')")
                        + ": a merged form asks each field once");
            }
        }
    }

    /** The key under which two fields count as the same: without white space, brackets half-width. */
    private static String key(String field) {
        return field.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
    }
}
