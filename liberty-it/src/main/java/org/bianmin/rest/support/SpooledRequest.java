package org.bianmin.rest.support;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body has already been read into a {@link BoundedUpload}: whoever reads the body
 * next (the REST runtime, a resource) reads the spooled copy, and its length is known.
 */
public final class SpooledRequest extends HttpServletRequestWrapper {
    private final BoundedUpload body;
    private Body stream;

    public SpooledRequest(HttpServletRequest request, BoundedUpload body) {
        super(request);
        this.body = body;
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
