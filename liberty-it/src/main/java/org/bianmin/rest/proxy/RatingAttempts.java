package org.bianmin.rest.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * Bounds the unauthenticated rating endpoint: at most {@value #PER_ADDRESS} attempts a minute from one
 * client address and {@value #IN_ALL} from all together (fixed one-minute windows), so that nobody
 * can try codes in bulk or load the ledger through it. The codes' 128 random bits make guessing hopeless
 * anyway; the bound keeps the database out of reach of a flood.
 */
@ApplicationScoped
public class RatingAttempts {
    /** Attempts a minute from one address. */
    static final int PER_ADDRESS = 10;
    /** Attempts a minute in all. */
    static final int IN_ALL = 600;

    private final Map<String, Integer> byAddress = new HashMap<>();
    private long window = -1;
    private int total;

    /** Whether one more attempt from {@code address} at {@code millis} is admitted; counts it when it is. */
    synchronized boolean admit(String address, long millis) {
        long minute = millis / 60_000;
        if (minute != window) {
            window = minute;
            total = 0;
            byAddress.clear();
        }
        int fromAddress = byAddress.getOrDefault(address, 0);
        if (fromAddress >= PER_ADDRESS || total >= IN_ALL) {
            return false;
        }
        byAddress.put(address, fromAddress + 1);
        total++;
        return true;
    }

    /** Seconds until the current window ends. */
    static long retryAfterSeconds(long millis) {
        return 60 - (millis / 1000) % 60;
    }
}
