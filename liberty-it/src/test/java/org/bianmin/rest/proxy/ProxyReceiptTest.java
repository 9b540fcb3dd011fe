package org.bianmin.rest.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.CaseState;
import org.bianmin.proxy.Channel;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.ProxyCases;
import org.bianmin.proxy.RatingCode;
import org.junit.jupiter.api.Test;

/**
 * The answer of {@code POST /api/proxy/cases} to a receipt that has committed: its rating code is
 * issued in a second transaction. A rating code refused because the database is unavailable leaves the
 * received case answered 201 without a code; any other refusal is the request's refusal.
 */
class ProxyReceiptTest {
    private static final Instant NOW = Instant.parse("2026-10-20T01:00:00Z");
    private static final ProxyCase RECEIVED = new ProxyCase("case-1", "heping", DivisionCode.of("513322102"),
            "zhang", "刘秀英", "5133**********0021", null, "LD-MZ-005", "高龄津贴", "兴隆镇便民服务中心",
            Channel.WALK_IN, Set.of(), Set.of(), CaseState.RECEIVED, NOW, null, false, List.of(), 1, null, false,
            null);

    @Test
    void aReceiptAnswersWithItsRatingCode() {
        RatingCode code = new RatingCode("case-1", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", NOW.plusSeconds(90L * 86_400));
        ProxyBodies.ReceivedCase answer = received(resource(() -> code));
        assertSame(RECEIVED, answer.proxyCase());
        assertEquals(code.code(), answer.ratingCode());
        assertEquals(code.expiresAt(), answer.ratingCodeExpiresAt());
    }

    @Test
    void aReceiptStandsWhenItsRatingCodeFindsTheDatabaseUnavailable() {
        ProxyBodies.ReceivedCase answer = received(resource(() -> {
            throw new BianminException(ErrorCode.STORAGE_FAILURE, "the database could not be reached");
        }));
        assertSame(RECEIVED, answer.proxyCase());
        assertNull(answer.ratingCode());
        assertNull(answer.ratingCodeExpiresAt());
    }

    @Test
    void anyOtherRefusalOfTheRatingCodeIsTheRequestsRefusal() {
        ProxyResource resource = resource(() -> {
            throw new BianminException(ErrorCode.NOT_PERMITTED, "not this agent's case");
        });
        BianminException refused = assertThrows(BianminException.class, () -> resource.receipt(RECEIVED));
        assertEquals(ErrorCode.NOT_PERMITTED, refused.code());
    }

    private static ProxyBodies.ReceivedCase received(ProxyResource resource) {
        return resource.receipt(RECEIVED);
    }

    /** The resource with a ledger that answers a rating code as {@code ratingCode} does. */
    private static ProxyResource resource(Supplier<RatingCode> ratingCode) {
        ProxyResource resource = new ProxyResource();
        resource.cases = fake(ProxyCases.class, method -> switch (method) {
            case "issueRatingCode" -> ratingCode.get();
            default -> throw new UnsupportedOperationException(method);
        });
        Principal agent = () -> "agent.zhang";
        resource.security = fake(SecurityContext.class, method -> switch (method) {
            case "getUserPrincipal" -> agent;
            default -> throw new UnsupportedOperationException(method);
        });
        return resource;
    }

    /** An implementation of {@code type} whose every call answers by the method's name. */
    private static <T> T fake(Class<T> type, java.util.function.Function<String, Object> answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.apply(method.getName())));
    }
}
