package org.bianmin.seal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bianmin.core.Checks;

/**
 * How signatures are judged (验证策略): the severity of each check, the trust anchors (DER
 * certificates of the roots, or of the very certificates one chooses to trust), and the
 * validation time. Immutable; derive variants with the {@code with…} methods.
 *
 * @param severities     per check; a check not in the map is {@link CheckSeverity#FAIL}
 * @param trustAnchors   trusted certificates, DER
 * @param validationTime when to evaluate validity; null means "now" at each verification
 */
public record ValidationPolicy(Map<CheckId, CheckSeverity> severities, List<byte[]> trustAnchors,
        Instant validationTime) {
    public ValidationPolicy {
        EnumMap<CheckId, CheckSeverity> copy = new EnumMap<>(CheckId.class);
        if (severities != null) {
            severities.forEach((id, severity) -> copy.put(Checks.required(id, "check id"),
                    Checks.required(severity, "severity of " + id)));
        }
        severities = Collections.unmodifiableMap(copy);
        List<byte[]> anchors = new ArrayList<>();
        for (byte[] anchor : Checks.list(trustAnchors, "trust anchors")) {
            anchors.add(anchor.clone());
        }
        trustAnchors = Collections.unmodifiableList(anchors);
    }

    /** Every check FAIL, no trust anchor, validation at the current time. */
    public static ValidationPolicy defaults() {
        return new ValidationPolicy(Map.of(), List.of(), null);
    }

    /** The severity of a check. */
    public CheckSeverity severity(CheckId id) {
        return severities.getOrDefault(id, CheckSeverity.FAIL);
    }

    /** Copies of the trusted certificates, DER. */
    @Override
    public List<byte[]> trustAnchors() {
        List<byte[]> copy = new ArrayList<>(trustAnchors.size());
        trustAnchors.forEach(a -> copy.add(a.clone()));
        return copy;
    }

    /** This policy with one check's severity changed. */
    public ValidationPolicy withSeverity(CheckId id, CheckSeverity severity) {
        EnumMap<CheckId, CheckSeverity> copy = new EnumMap<>(CheckId.class);
        copy.putAll(severities);
        copy.put(Checks.required(id, "check id"), Checks.required(severity, "severity"));
        return new ValidationPolicy(copy, trustAnchors, validationTime);
    }

    /** This policy with the given trust anchors added. */
    public ValidationPolicy withTrustAnchors(List<byte[]> more) {
        List<byte[]> all = new ArrayList<>(trustAnchors);
        all.addAll(Checks.list(more, "trust anchors"));
        return new ValidationPolicy(severities, all, validationTime);
    }

    /** This policy evaluated at {@code time} instead of "now". */
    public ValidationPolicy withValidationTime(Instant time) {
        return new ValidationPolicy(severities, trustAnchors, Checks.required(time, "validation time"));
    }

    /** The time to evaluate at: the configured one, or {@code now}. */
    public Instant validationTimeOr(Instant now) {
        return validationTime != null ? validationTime : now;
    }
}
