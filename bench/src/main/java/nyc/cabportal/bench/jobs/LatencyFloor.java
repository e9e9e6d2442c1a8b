package nyc.cabportal.bench.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import nyc.cabportal.worker.KafkaSource;
import nyc.cabportal.worker.StreamingSession;
import nyc.cabportal.worker.WorkerOptions;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.Trigger;

/**
 * The latency floor of our Kafka → Spark path, for the benchmark: a bare Structured Streaming query
 * with exactly the worker's source options and trigger, whose {@code foreachBatch} does nothing but
 * note, for each record, how long after its Kafka timestamp (the producer's send time) it arrived.
 * The dispatch worker cannot be faster than this.
 *
 * <pre>
 * java -cp bench/target/classes:worker/target/classes:… nyc.cabportal.bench.jobs.LatencyFloor \
 *   BOOTSTRAP TOPIC CHECKPOINT_DIR OUT_FILE
 * </pre>
 *
 * Each line of OUT_FILE is one record's lag in milliseconds; the file {@code OUT_FILE.ready}
 * appears once the query runs.
 */
public final class LatencyFloor {

  private LatencyFloor() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("Usage: LatencyFloor BOOTSTRAP_SERVERS TOPIC CHECKPOINT_DIR OUT_FILE");
      System.exit(1);
    }
    Path out = Path.of(args[3]);
    Files.deleteIfExists(out);
    Files.createFile(out);
    SparkSession spark = StreamingSession.create("cab-portal-latency-floor");
    VoidFunction2<Dataset<Row>, Long> recordArrival =
        (batch, id) -> {
          List<Row> stamps = batch.selectExpr("unix_millis(timestamp)").collectAsList();
          long now = System.currentTimeMillis();
          StringBuilder sb = new StringBuilder();
          for (Row r : stamps) {
            sb.append(now - r.getLong(0)).append('\n');
          }
          append(out, sb.toString());
        };
    var query =
        KafkaSource.subscribe(spark, args[0], args[1], 20000)
            .load()
            .writeStream()
            .option("checkpointLocation", args[2])
            .trigger(Trigger.ProcessingTime(workerTriggerMs()))
            .foreachBatch(recordArrival)
            .start();
    Files.writeString(Path.of(args[3] + ".ready"), "ready");
    query.awaitTermination();
  }

  /** The worker's trigger interval, from the variable the worker reads it from. */
  private static long workerTriggerMs() {
    return WorkerOptions.triggerIntervalMs(System.getenv());
  }

  private static void append(Path out, String lines) {
    try {
      Files.writeString(out, lines, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
