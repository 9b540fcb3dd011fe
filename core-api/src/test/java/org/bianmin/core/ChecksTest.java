package org.bianmin.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The record checks that hold a count or a list of binary values: what they let through is a copy no
 * caller can change, what they refuse is {@code INVALID_ARGUMENT} naming the field.
 */
class ChecksTest {
    @Test
    void aLongCountOfZeroOrMorePasses() {
        assertEquals(0L, Checks.nonNegative(0L, "tree size"));
        assertEquals(5_000_000_000L, Checks.nonNegative(5_000_000_000L, "tree size"));
    }

    @Test
    void aNegativeLongCountIsRefusedNamingTheField() {
        BianminException refused = assertThrows(BianminException.class, () -> Checks.nonNegative(-1L, "tree size"));
        assertEquals(ErrorCode.INVALID_ARGUMENT, refused.code());
        assertEquals("tree size must not be negative, got -1", refused.getMessage());
    }

    @Test
    void byteArraysAreCopiedOneByOne() {
        byte[] first = {1, 2};
        List<byte[]> given = new ArrayList<>(List.of(first, new byte[] {3}));
        List<byte[]> copy = Checks.byteArrays(given, "path");
        first[0] = 9;
        given.clear();
        assertEquals(2, copy.size());
        assertArrayEquals(new byte[] {1, 2}, copy.get(0));
        assertNotSame(first, copy.get(0));
        assertThrows(UnsupportedOperationException.class, () -> copy.add(new byte[0]));
    }

    @Test
    void anAbsentListOfByteArraysIsEmpty() {
        assertTrue(Checks.byteArrays(null, "path").isEmpty());
    }

    @Test
    void aMissingByteArrayIsRefusedNamingTheField() {
        BianminException refused = assertThrows(BianminException.class,
                () -> Checks.byteArrays(Arrays.asList(new byte[] {1}, null), "trust anchors"));
        assertEquals(ErrorCode.INVALID_ARGUMENT, refused.code());
        assertEquals("trust anchors must not contain empty entries", refused.getMessage());
    }
}
