package org.bianmin.catalogue;

import java.util.List;
import org.bianmin.core.Checks;

/**
 * One answer to a bundle's {@link Situation} question and the member items it brings in.
 *
 * @param answer    the answer as the applicant picks it, e.g. {@code 是}
 * @param itemCodes the member items that apply with this answer, possibly none
 */
public record SituationOption(String answer, List<String> itemCodes) {
    public SituationOption {
        answer = Checks.text(answer, "answer", 100);
        itemCodes = Checks.list(itemCodes, "items of answer '" + answer + "'").stream().map(ServiceItem::checkCode)
                .toList();
    }
}
