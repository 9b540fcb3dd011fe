package org.bianmin.proxy.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One folder of personal-data keys shared by several platform nodes (README, "Several servers on one
 * database"): nodes that start at the same moment with a key id no file holds yet agree on one key,
 * and none of them ever reads the file before the whole key is in it.
 */
class SharedKeyFileTest {
    private static final int NODES = 4;

    @TempDir
    Path dir;

    @Test
    void nodesCreatingTheSameKeyAtOnceAllReadOneWholeKey() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(NODES);
        try {
            for (int attempt = 0; attempt < 200; attempt++) {
                Path keys = Files.createDirectory(dir.resolve("keys-" + attempt));
                CyclicBarrier together = new CyclicBarrier(NODES);
                List<Future<KeyFile>> opened = new ArrayList<>();
                for (int node = 0; node < NODES; node++) {
                    opened.add(nodes.submit(() -> {
                        together.await();
                        return KeyFile.open(keys, null, "1", null);
                    }));
                }
                byte[] first = null;
                for (Future<KeyFile> node : opened) {
                    byte[] key = node.get(30, TimeUnit.SECONDS).key("1").encryptionKey();
                    if (first == null) {
                        first = key;
                    }
                    assertArrayEquals(first, key, "attempt " + attempt + ": every node has the same key");
                }
                try (var files = Files.list(keys)) {
                    assertEquals(List.of(keys.resolve("1.key")), files.toList(), "one key file, no temporary left");
                }
            }
        } finally {
            nodes.shutdownNow();
        }
    }
}
