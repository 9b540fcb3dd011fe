package org.bianmin.it.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP/1.1 request over a TLS socket of its own, for what the JDK client does not let a test do: declare
 * a body and never send it, send a chunked body piece by piece and stop midway, and read every
 * header of the answer. It asks the server to close the connection after answering.
 */
final class RawHttp implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;

    private RawHttp(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
    }

    /**
     * Sends the request line and headers of a POST as a demo user (null: without credentials); the
     * body follows with {@link #send} (a declared {@code contentLength}) or {@link #chunk} (-1: chunked).
     */
    static RawHttp post(String path, String user, String contentType, long contentLength) {
        return post(path.getBytes(StandardCharsets.US_ASCII), user, contentType, contentLength);
    }

    /**
     * As {@link #post(String, String, String, long)}, with the request target sent as the given bytes: raw
     * UTF-8 in a query, say, which RFC 3986 §2.1 says to percent-encode and curl sends as it is.
     */
    static RawHttp post(byte[] target, String user, String contentType, long contentLength) {
        try {
            Socket socket = TestTls.context().getSocketFactory()
                    .createSocket(Api.base().getHost(), Api.base().getPort());
            socket.setSoTimeout(60_000);
            RawHttp http = new RawHttp(socket);
            String credentials = user == null ? "" : "\r\nAuthorization: Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
            http.write("POST ".getBytes(StandardCharsets.US_ASCII));
            http.write(target);
            http.write((" HTTP/1.1\r\nHost: " + Api.base().getAuthority()
                    + credentials + "\r\nContent-Type: " + contentType
                    + "\r\nConnection: close\r\n"
                    + (contentLength < 0 ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + contentLength + "\r\n")
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            return http;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends body bytes as they are. */
    void send(byte[] bytes) {
        write(bytes);
    }

    /** Sends one chunk of a chunked body. */
    void chunk(byte[] bytes) {
        write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        write(bytes);
        write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Ends a chunked body. */
    void endChunks() {
        write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads the answer: status line, headers, and the body its headers announce. */
    Reply reply() {
        try {
            InputStream in = socket.getInputStream();
            String head = head(in);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
            byte[] body;
            if (headers.containsKey("content-length")) {
                body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(in);
            } else {
                body = in.readAllBytes();
            }
            return new Reply(status, headers, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (SocketException e) {
            throw new UncheckedIOException("the server closed the connection while the request was sent", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed before an answer: " + head);
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1).strip();
    }

    private static byte[] unchunk(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int length = Integer.parseInt(size.split(";")[0].strip(), 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    /** An answer: status, headers (names in lower case) and body. */
    record Reply(int status, Map<String, String> headers, byte[] body) {
        /** The answer as the JDK client's tests see it (status, content type, body). */
        Api.Answer answer() {
            return new Api.Answer(status, headers.getOrDefault("content-type", ""), body);
        }

        @Override
        public String toString() {
            return answer() + " " + headers;
        }
    }
}
