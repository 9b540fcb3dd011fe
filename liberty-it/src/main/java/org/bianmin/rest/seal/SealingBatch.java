package org.bianmin.rest.seal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.bianmin.core.BianminException;
import org.bianmin.rest.support.JsonMapping;
import org.bianmin.seal.OfdBatchDocument;
import org.bianmin.seal.OfdBatchResult;

/**
 * The zip files of a batch sealing (批量盖章): the documents in ({@code NAME.ofd}, the case number
 * being NAME), the sealed documents and {@code summary.json} out. Reading is bounded by the
 * {@link BatchLimits}: the number of documents, each document's and their total size once inflated;
 * anything else in the zip is refused, so nothing is silently left out.
 */
final class SealingBatch {
    private SealingBatch() {
    }

    static List<OfdBatchDocument> documents(byte[] zip, BatchLimits limits) {
        List<OfdBatchDocument> documents = new ArrayList<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                if (!name.endsWith(".ofd") || name.contains("/") || name.length() <= 4) {
                    throw BianminException.invalid("the batch holds '" + name + "'; it may hold only NAME.ofd files"
                            + " at its top level, NAME being the document's case number");
                }
                if (documents.size() == limits.documents()) {
                    throw BianminException.invalid("the batch holds more than " + limits.documents()
                            + " documents (server variable " + BatchLimits.DOCUMENTS_VARIABLE + ")");
                }
                byte[] document = in.readNBytes(limits.documentBytes() + 1);
                total += document.length;
                if (document.length > limits.documentBytes() || total > limits.inflatedBytes()) {
                    throw BianminException.invalid("the batch's document " + name + " makes it larger than allowed ("
                            + limits.documentBytes() + " bytes a document, " + limits.inflatedBytes()
                            + " in all; server variables " + BatchLimits.DOCUMENT_VARIABLE + ", "
                            + BatchLimits.INFLATED_VARIABLE + ")");
                }
                documents.add(new OfdBatchDocument(name, name.substring(0, name.length() - 4), document));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw BianminException.invalid("the batch is not a readable zip file: " + e.getMessage());
        }
        if (documents.isEmpty()) {
            throw BianminException.invalid("the batch holds no NAME.ofd document");
        }
        return documents;
    }

    /** The answer: {@code sealed/NAME.ofd} for each sealed document and {@code summary.json}. */
    static byte[] answer(List<OfdBatchResult> results) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Map<String, Object>> summary = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (OfdBatchResult result : results) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("name", result.name());
                if (result.sealed() != null) {
                    line.put("status", "sealed");
                    line.put("signatureId", result.sealed().signatureId());
                    line.put("packageSm3", result.sealed().packageHash());
                    line.put("stamps", result.sealed().stamps());
                    zip.putNextEntry(new ZipEntry("sealed/" + result.name()));
                    zip.write(result.sealed().ofd());
                    zip.closeEntry();
                } else {
                    line.put("status", "refused");
                    line.put("code", result.error().name());
                    line.put("message", result.message());
                }
                summary.add(line);
            }
            zip.putNextEntry(new ZipEntry("summary.json"));
            zip.write(JsonMapping.mapper().writeValueAsBytes(summary));
            zip.closeEntry();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the batch summary could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
