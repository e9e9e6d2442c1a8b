package nyc.cabportal.stack;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.h2.mvstore.FileStore;

/**
 * What the store's checkpoints cost, one line per minute in the store's log: how many ran, the time
 * of their commits and of their housekeeping (mean and largest), and the file they leave — its
 * size, how full its chunks are, how much of the page cache's reads hit. A slow store shows here
 * first which of its own rounds took the time (a soak found the submit's tail rising with the file;
 * RELIABILITY.md).
 */
final class CheckpointLog {

  private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

  private final Consumer<String> out;
  private long windowStart;
  private int count;
  private long commitTotal;
  private long commitMax;
  private long housekeepingTotal;
  private long housekeepingMax;

  CheckpointLog(Consumer<String> out, long now) {
    this.out = out;
    this.windowStart = now;
  }

  /** One checkpoint's two parts, in nanoseconds; prints the minute's line once a minute passed. */
  void record(long commitNanos, long housekeepingNanos, FileStore<?> file, long now) {
    count++;
    commitTotal += commitNanos;
    commitMax = Math.max(commitMax, commitNanos);
    housekeepingTotal += housekeepingNanos;
    housekeepingMax = Math.max(housekeepingMax, housekeepingNanos);
    if (now - windowStart < MINUTE) {
      return;
    }
    out.accept(
        String.format(
            Locale.ROOT,
            "store checkpoints in the last minute: %d; commit mean %.1f / max %.1f ms;"
                + " housekeeping mean %.1f / max %.1f ms; file %.1f MiB, chunks %d %% full,"
                + " page cache hits %d %%",
            count,
            commitTotal / 1e6 / count,
            commitMax / 1e6,
            housekeepingTotal / 1e6 / count,
            housekeepingMax / 1e6,
            file.size() / 1048576.0,
            file.getChunksFillRate(),
            file.getCacheHitRatio()));
    windowStart = now;
    count = 0;
    commitTotal = commitMax = housekeepingTotal = housekeepingMax = 0;
  }
}
