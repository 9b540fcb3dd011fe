package org.bianmin.rest.support;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One part of a spooled {@code multipart/form-data} body (RFC 7578 §4.2): its name and file name
 * from {@code Content-Disposition}, its headers, and its content spooled on its own, as the
 * servlet API's {@link Part}. The headers are kept with their names in lower case.
 */
final class SpooledPart implements Part {
    private final String name;
    private final String fileName;
    private final Map<String, List<String>> headers;
    private final BoundedUpload content;

    SpooledPart(String name, String fileName, Map<String, List<String>> headers, BoundedUpload content) {
        this.name = name;
        this.fileName = fileName;
        this.headers = Map.copyOf(headers);
        this.content = content;
    }

    /** The content from its start; every call opens it afresh. */
    @Override
    public InputStream getInputStream() throws IOException {
        return content.open();
    }

    @Override
    public String getContentType() {
        return getHeader("content-type");
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getSubmittedFileName() {
        return fileName;
    }

    @Override
    public long getSize() {
        return content.size();
    }

    /** Writes the content to a file; a relative name is taken as the servlet API has it, from the working directory. */
    @Override
    public void write(String target) throws IOException {
        try (InputStream in = content.open()) {
            Files.copy(in, Path.of(target), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void delete() throws IOException {
        content.close();
    }

    @Override
    public String getHeader(String header) {
        List<String> values = headers.get(header.toLowerCase(Locale.ROOT));
        return values == null ? null : values.get(0);
    }

    @Override
    public Collection<String> getHeaders(String header) {
        return headers.getOrDefault(header.toLowerCase(Locale.ROOT), List.of());
    }

    @Override
    public Collection<String> getHeaderNames() {
        return headers.keySet();
    }
}
