package nyc.cabportal.dataprep.job;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple4;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Progress lines while a load runs: the share of the input's bytes read, files done, rows read,
 * rows per second and the time left at that pace. Running tasks report their counters with every
 * executor heartbeat; finished tasks with their end event.
 */
final class LoadProgress extends SparkListener implements AutoCloseable {

  private final Counter rows;
  private final Counter bytes;
  private final int files;
  private final long totalBytes;
  private final PrintStream out;
  private final long startNanos = System.nanoTime();
  private final AtomicInteger finishedFiles = new AtomicInteger();
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "data-prep-progress");
            t.setDaemon(true);
            return t;
          });

  /** One accumulator's total: finished tasks' final values and running tasks' latest. */
  private static final class Counter {
    final long id;
    final Map<Long, Long> running = new ConcurrentHashMap<>();
    final AtomicLong finished = new AtomicLong();

    Counter(LongAccumulator accumulator) {
      this.id = accumulator.id();
    }

    long value() {
      return finished.get() + running.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  LoadProgress(
      LongAccumulator rowsRead,
      LongAccumulator bytesRead,
      int files,
      long totalBytes,
      int everySeconds,
      PrintStream out) {
    this.rows = new Counter(rowsRead);
    this.bytes = new Counter(bytesRead);
    this.files = files;
    this.totalBytes = totalBytes;
    this.out = out;
    ticker.scheduleAtFixedRate(this::print, everySeconds, everySeconds, TimeUnit.SECONDS);
  }

  @Override
  public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
    for (Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> t :
        CollectionConverters.asJava(update.accumUpdates())) {
      for (Counter c : new Counter[] {rows, bytes}) {
        Long v = value(c, t._4());
        if (v != null) {
          c.running.put((Long) t._1(), v);
        }
      }
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    boolean counted = false;
    for (Counter c : new Counter[] {rows, bytes}) {
      Long v = value(c, end.taskInfo().accumulables());
      c.running.remove(end.taskInfo().taskId());
      if (v != null && end.taskInfo().successful()) {
        c.finished.addAndGet(v);
        counted = true;
      }
    }
    if (counted) {
      finishedFiles.incrementAndGet();
    }
  }

  long rows() {
    return rows.value();
  }

  private static Long value(Counter c, scala.collection.Seq<AccumulableInfo> infos) {
    for (AccumulableInfo info : CollectionConverters.asJava(infos)) {
      if (info.id() == c.id && info.update().isDefined()) {
        return ((Number) info.update().get()).longValue();
      }
    }
    return null;
  }

  private void print() {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    long n = rows();
    double share = totalBytes == 0 ? 0 : Math.min(1, bytes.value() / (double) totalBytes);
    out.printf(
        "[data-prep] loading: %.0f %% of %,.1f MB, %d/%d files done, %,d rows read, %,.0f rows/s%s%n",
        100 * share,
        totalBytes / 1e6,
        finishedFiles.get(),
        files,
        n,
        n / Math.max(seconds, 1e-3),
        share > 0.02 ? String.format(", about %.0f s left", seconds * (1 - share) / share) : "");
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }
}
