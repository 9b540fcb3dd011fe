package org.bianmin.rest.support;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A request whose body has already been read into a {@link BoundedUpload}: whoever reads the body
 * next (the REST runtime, a resource) reads the spooled copy, and its length is known. So do the
 * parts of a {@code multipart/form-data} body ({@link #getParts()}): the resources read their parts
 * from there (the container's own parts would be read from the raw stream, which the spool has
 * already read). {@link #close()} deletes the parts.
 */
public final class SpooledRequest extends HttpServletRequestWrapper implements AutoCloseable {
    private final BoundedUpload body;
    private final int inMemory;
    private final Path directory;
    private Body stream;
    private SpooledParts parts;

    /**
     * @param request   the request as it came
     * @param body      its body, spooled
     * @param inMemory  the parts of a multipart body together take less memory than this
     * @param directory where the parts that do not are spooled
     */
    public SpooledRequest(HttpServletRequest request, BoundedUpload body, int inMemory, Path directory) {
        super(request);
        this.body = body;
        this.inMemory = inMemory;
        this.directory = directory;
    }

    /** The body; every call answers the same stream, as the servlet contract has it. */
    @Override
    public synchronized ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new Body(body.open());
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    /**
     * The parts of a {@code multipart/form-data} body, read from the spool at the first call (Jakarta
     * Servlet 6.0 §3.2, {@link SpooledParts}).
     *
     * @throws ServletException when the body is not {@code multipart/form-data}
     */
    @Override
    public synchronized Collection<Part> getParts() throws IOException, ServletException {
        String contentType = getContentType();
        if (contentType == null
                || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new ServletException("the request body is not multipart/form-data but " + contentType);
        }
        if (parts == null) {
            parts = SpooledParts.of(body, contentType, inMemory, directory);
        }
        return List.copyOf(parts.parts());
    }

    @Override
    public Part getPart(String name) throws IOException, ServletException {
        return getParts().stream().filter(part -> part.getName().equals(name)).findFirst().orElse(null);
    }

    /** Deletes the parts, if they were read; the body itself belongs to whoever spooled it. */
    @Override
    public synchronized void close() throws IOException {
        if (parts != null) {
            parts.close();
        }
    }

    @Override
    public int getContentLength() {
        return body.size() > Integer.MAX_VALUE ? -1 : (int) body.size();
    }

    @Override
    public long getContentLengthLong() {
        return body.size();
    }

    /** The spooled body as a blocking servlet stream; it is all there, so it is always ready. */
    private static final class Body extends ServletInputStream {
        private final InputStream in;
        private boolean finished;

        Body(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            finished = b < 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            finished = n < 0;
            return n;
        }

        @Override
        public boolean isFinished() {
            return finished;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("the spooled body is read blocking");
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
