package org.bianmin.it.rest;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Citizen identity numbers of Luding County (GB 11643: area 513322, birth date, sequence, check
 * character), a new one for each applicant of the load's proxy cases, so that no two cases share an
 * applicant.
 */
final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1950, 1, 1);
    private static final AtomicLong NEXT = new AtomicLong();

    private IdNumbers() {
    }

    /** The next number: birth dates from 1950-01-01 on, a thousand sequence numbers each. */
    static String next() {
        long n = NEXT.getAndIncrement();
        String body = "513322" + FIRST_BIRTH.plusDays(n / 1000).toString().replace("-", "")
                + String.format("%03d", n % 1000);
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }
}
