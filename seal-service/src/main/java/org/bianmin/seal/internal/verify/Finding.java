package org.bianmin.seal.internal.verify;

import java.util.List;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.SubIndication;

/**
 * What one check concluded: a result, a sub-indication when it did not pass, and the message key
 * and arguments of its detail (rendered from the report message bundles). An argument starting
 * with {@code @} is itself a message key (a localized noun such as "the seal").
 */
public record Finding(CheckResult result, SubIndication subIndication, String messageKey, List<String> arguments) {
    public Finding {
        arguments = List.copyOf(arguments);
    }

    static Finding passed(String key, Object... args) {
        return new Finding(CheckResult.PASSED, null, key, strings(args));
    }

    static Finding failed(SubIndication sub, String key, Object... args) {
        return new Finding(CheckResult.FAILED, sub, key, strings(args));
    }

    static Finding indeterminate(SubIndication sub, String key, Object... args) {
        return new Finding(CheckResult.INDETERMINATE, sub, key, strings(args));
    }

    static Finding notApplicable(String key, Object... args) {
        return new Finding(CheckResult.NOT_APPLICABLE, null, key, strings(args));
    }

    private static List<String> strings(Object... args) {
        return java.util.Arrays.stream(args).map(a -> a == null ? "-" : a.toString()).toList();
    }
}
