package nyc.cabportal.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointLogTest {

  private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

  @Test
  void sumsUpAMinutesCheckpointsInOneLine(@TempDir Path dir) {
    List<String> lines = new ArrayList<>();
    CheckpointLog log = new CheckpointLog(lines::add, 0);
    MVStore store = new MVStore.Builder().fileName(dir.resolve("s.mv.db").toString()).open();
    try {
      log.record(2 * MS, 10 * MS, store.getFileStore(), 1_000 * MS);
      log.record(4 * MS, 0, store.getFileStore(), 30_000 * MS);
      assertEquals(List.of(), lines, "nothing before a minute has passed");

      log.record(6 * MS, 2 * MS, store.getFileStore(), 60_000 * MS);
      log.record(1 * MS, 1 * MS, store.getFileStore(), 61_000 * MS);
    } finally {
      store.close();
    }

    assertEquals(1, lines.size());
    assertTrue(
        lines
            .get(0)
            .startsWith(
                "store checkpoints in the last minute: 3; commit mean 4.0 / max 6.0 ms;"
                    + " housekeeping mean 4.0 / max 10.0 ms; file "),
        lines.get(0));
  }
}
