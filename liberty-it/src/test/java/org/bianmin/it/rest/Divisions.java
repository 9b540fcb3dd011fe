package org.bianmin.it.rest;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Township division codes for the tests' own seals: each test takes fresh ones, so that no test
 * meets another's seals or the demo data preloaded for the annex-2 pilot sites (codes 1xx).
 */
final class Divisions {
    private static final AtomicInteger NEXT = new AtomicInteger(500 + (int) (System.nanoTime() % 400));

    private Divisions() {
    }

    /** A township code of Luding County not used by the demo data. */
    static String freshTownship() {
        return "513322" + NEXT.getAndIncrement();
    }
}
