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
 * Progress lines while a load runs: files done, rows read, rows per second. Running tasks report
 * their row counter with every executor heartbeat; finished tasks with their end event.
 */
final class LoadProgress extends SparkListener implements AutoCloseable {

  private final long accumulatorId;
  private final int files;
  private final PrintStream out;
  private final long startNanos = System.nanoTime();
  private final Map<Long, Long> running = new ConcurrentHashMap<>();
  private final AtomicLong finishedRows = new AtomicLong();
  private final AtomicInteger finishedFiles = new AtomicInteger();
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "data-prep-progress");
            t.setDaemon(true);
            return t;
          });

  LoadProgress(LongAccumulator rowsRead, int files, int everySeconds, PrintStream out) {
    this.accumulatorId = rowsRead.id();
    this.files = files;
    this.out = out;
    ticker.scheduleAtFixedRate(this::print, everySeconds, everySeconds, TimeUnit.SECONDS);
  }

  @Override
  public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
    for (Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> t :
        CollectionConverters.asJava(update.accumUpdates())) {
      Long rows = rows(t._4());
      if (rows != null) {
        running.put((Long) t._1(), rows);
      }
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    Long rows = rows(end.taskInfo().accumulables());
    running.remove(end.taskInfo().taskId());
    if (rows != null && end.taskInfo().successful()) {
      finishedRows.addAndGet(rows);
      finishedFiles.incrementAndGet();
    }
  }

  long rows() {
    return finishedRows.get() + running.values().stream().mapToLong(Long::longValue).sum();
  }

  private Long rows(scala.collection.Seq<AccumulableInfo> infos) {
    for (AccumulableInfo info : CollectionConverters.asJava(infos)) {
      if (info.id() == accumulatorId && info.update().isDefined()) {
        return ((Number) info.update().get()).longValue();
      }
    }
    return null;
  }

  private void print() {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    long rows = rows();
    out.printf(
        "[data-prep] loading: %d/%d files done, %,d rows read, %,.0f rows/s%n",
        finishedFiles.get(), files, rows, rows / Math.max(seconds, 1e-3));
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }
}
