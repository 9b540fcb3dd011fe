package org.bianmin.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * A situation (情形) of a "高效办成一件事" bundle: a question whose answer selects which member items
 * apply, e.g. "户籍是否在本县" with 是 / 否.
 *
 * @param question the question, unique within its bundle
 * @param options  at least two answers, each once
 */
public record Situation(String question, List<SituationOption> options) {
    public Situation {
        question = Checks.text(question, "situation question (情形)", 200);
        options = Checks.list(options, "answers of '" + question + "'");
        if (options.size() < 2) {
            throw BianminException.invalid("situation '" + question + "' needs at least two answers to choose from");
        }
        Set<String> answers = new HashSet<>();
        for (SituationOption option : options) {
            if (!answers.add(option.answer())) {
                throw BianminException.invalid("situation '" + question + "' offers answer '" + option.answer()
                        + "' twice");
            }
        }
    }

    /** The option for {@code answer}; fails naming the question and the answers it offers. */
    public SituationOption option(String answer) {
        return options.stream().filter(o -> o.answer().equals(answer == null ? null : answer.strip())).findFirst()
                .orElseThrow(() -> BianminException.invalid((answer == null ? "no answer" : "answer '" + answer + "'")
                        + " to '" + question + "': choose one of "
                        + options.stream().map(SituationOption::answer).toList()));
    }
}
