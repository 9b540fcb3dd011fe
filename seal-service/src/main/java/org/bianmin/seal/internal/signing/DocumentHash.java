package org.bianmin.seal.internal.signing;

import java.io.IOException;
import java.io.InputStream;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bouncycastle.crypto.digests.SM3Digest;

/** The SM3 hash (GB/T 32905) of a document, read as a stream so that no document is held whole. */
public final class DocumentHash {
    private static final int BUFFER = 64 * 1024;
    private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[BUFFER]);

    private DocumentHash() {
    }

    /** SM3 of everything {@code document} yields; fails with {@code DOCUMENT_UNREADABLE}. */
    public static byte[] sm3(InputStream document) {
        if (document == null) {
            throw BianminException.invalid("document is required");
        }
        SM3Digest digest = new SM3Digest();
        byte[] buffer = BUFFERS.get();
        try {
            for (int read = document.read(buffer); read >= 0; read = document.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new BianminException(ErrorCode.DOCUMENT_UNREADABLE,
                    "the document could not be read to its end (" + e.getMessage() + "); nothing was signed", e);
        }
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return hash;
    }

    /** SM3 of {@code bytes}. */
    public static byte[] sm3(byte[] bytes) {
        SM3Digest digest = new SM3Digest();
        digest.update(bytes, 0, bytes.length);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return hash;
    }
}
