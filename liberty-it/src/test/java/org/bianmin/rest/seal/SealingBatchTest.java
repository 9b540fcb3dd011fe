package org.bianmin.rest.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.OfdBatchDocument;
import org.junit.jupiter.api.Test;

/**
 * A batch's zip is read within its {@link BatchLimits}: the number of documents, each document's
 * and their total inflated size; the refusal names the server variable to change.
 */
class SealingBatchTest {
    /** 2 documents of at most 10 bytes, 15 bytes in all. */
    private static final BatchLimits SMALL = new BatchLimits(2, 10, 15);

    @Test
    void documentsWithinTheLimitsAreReadWithTheirCaseNumbers() {
        List<OfdBatchDocument> documents = SealingBatch.documents(zip(Map.of("A-1.ofd", "0123456789")), SMALL);
        assertEquals(1, documents.size());
        assertEquals("A-1", documents.get(0).caseNumber());
        assertEquals("0123456789", new String(documents.get(0).ofd(), StandardCharsets.UTF_8));
    }

    @Test
    void oneDocumentTooManyIsRefusedNamingTheVariable() {
        assertRefused("more than 2 documents (server variable bianmin.sealing.batch.documents)",
                zip(Map.of("A.ofd", "a", "B.ofd", "b", "C.ofd", "c")));
    }

    @Test
    void aDocumentLargerThanAllowedOnceInflatedIsRefused() {
        assertRefused("bianmin.sealing.batch.document.max.mib", zip(Map.of("A.ofd", "01234567890")));
    }

    @Test
    void documentsLargerTogetherThanAllowedAreRefused() {
        assertRefused("bianmin.sealing.batch.inflated.max.mib", zip(Map.of("A.ofd", "0123456789", "B.ofd", "012345")));
    }

    @Test
    void limitsOutsideTheirBoundsAreRefusedNamingTheVariable() {
        assertLimitRefused("bianmin.sealing.batch.documents", () -> new BatchLimits(0, 10, 10));
        assertLimitRefused("bianmin.sealing.batch.documents", () -> new BatchLimits(501, 10, 10));
        assertLimitRefused("bianmin.sealing.batch.document.max.mib", () -> new BatchLimits(1, 0, 10));
        assertLimitRefused("bianmin.sealing.batch.inflated.max.mib", () -> new BatchLimits(1, 10, 9));
        assertEquals(500, BatchLimits.DEFAULT.documents());
    }

    private static void assertRefused(String text, byte[] zip) {
        BianminException refused = assertThrows(BianminException.class, () -> SealingBatch.documents(zip, SMALL));
        assertEquals(ErrorCode.INVALID_ARGUMENT, refused.code());
        assertTrue(refused.getMessage().contains(text), refused::getMessage);
    }

    private static void assertLimitRefused(String variable, Runnable limits) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, limits::run);
        assertTrue(refused.getMessage().startsWith(variable), refused::getMessage);
    }

    private static byte[] zip(Map<String, String> documents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> document : new LinkedHashMap<>(documents).entrySet()) {
                zip.putNextEntry(new ZipEntry(document.getKey()));
                zip.write(document.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
