package nyc.cabportal.worker.operations;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.window;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.OutputMode;
import org.apache.spark.sql.streaming.Trigger;
import org.bson.Document;

/**
 * Requests per minute as Spark computes them: a streaming aggregation over the {@code
 * ride-requests} records in 1-minute event-time windows of their Kafka timestamp (when the portal
 * queued them), with a 2-minute watermark, in update mode. Each trigger (every 10 s) writes the
 * windows it changed into {@code request_rate}, one document per minute with the window's full
 * count, so a trigger replayed after a crash writes the same documents again.
 *
 * <p>A record that arrives more than 2 minutes behind the latest seen is not counted here (Spark
 * has dropped its window's state); it is still dispatched — this is a statistic, not the rides.
 */
public final class RequestRate implements VoidFunction2<Dataset<Row>, Long> {

  private static final long serialVersionUID = 1L;

  public static final String WINDOW = "1 minute";
  public static final String WATERMARK = "2 minutes";
  public static final String TRIGGER = "10 seconds";
  static final Duration KEEP = Duration.ofDays(1);

  private final transient MongoCollection<Document> minutes;

  public RequestRate(MongoCollection<Document> minutes) {
    this.minutes = minutes;
  }

  /**
   * The query over Kafka records (the source's columns: {@code key}, {@code timestamp}, …); a
   * stateful aggregation, so it needs its own checkpoint and few shuffle partitions (set by the
   * caller: the state of 1-minute counts is tiny).
   */
  public DataStreamWriter<Row> writer(Dataset<Row> kafkaRecords, String checkpointDir) {
    return perMinute(kafkaRecords)
        .writeStream()
        .queryName("request-rate")
        .outputMode(OutputMode.Update())
        .option("checkpointLocation", checkpointDir)
        .trigger(Trigger.ProcessingTime(TRIGGER))
        .foreachBatch(this);
  }

  /**
   * Records counted per minute of their Kafka timestamp: columns {@code minute}, {@code requests}.
   */
  static Dataset<Row> perMinute(Dataset<Row> kafkaRecords) {
    return kafkaRecords
        .select(col("timestamp"))
        .withWatermark("timestamp", WATERMARK)
        .groupBy(window(col("timestamp"), WINDOW))
        .agg(count(lit(1)).as("requests"))
        .select(col("window.start").as("minute"), col("requests"));
  }

  /** One minute's document in {@code request_rate} ({@code _id} = the minute, ISO-8601 UTC). */
  static Document document(Row minuteCount, Instant now) {
    Instant minute = ((Timestamp) minuteCount.getAs("minute")).toInstant();
    return new Document("_id", minute.toString())
        .append("minute", Date.from(minute))
        .append("requests", (long) minuteCount.getAs("requests"))
        .append("updatedAt", Date.from(now));
  }

  @Override
  public void call(Dataset<Row> changed, Long batchId) {
    List<ReplaceOneModel<Document>> writes = new ArrayList<>();
    Instant now = Instant.now();
    for (Row r : changed.collectAsList()) {
      Document d = document(r, now);
      writes.add(
          new ReplaceOneModel<>(
              Filters.eq("_id", d.getString("_id")), d, new ReplaceOptions().upsert(true)));
    }
    if (!writes.isEmpty()) {
      minutes.bulkWrite(writes);
      minutes.deleteMany(Filters.lt("minute", Date.from(now.minus(KEEP))));
    }
  }
}
