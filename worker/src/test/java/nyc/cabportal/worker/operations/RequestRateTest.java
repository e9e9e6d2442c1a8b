package nyc.cabportal.worker.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nyc.cabportal.worker.LocalSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The request-rate aggregation's windows on a real local Spark session (as a batch query). */
class RequestRateTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark =
        LocalSpark.builder("request-rate-test")
            .config("spark.sql.shuffle.partitions", "1")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Row record(String at) {
    return RowFactory.create("k".getBytes(), Timestamp.from(Instant.parse(at)));
  }

  @Test
  void countsRecordsPerMinuteOfTheirKafkaTimestamp() {
    StructType kafka =
        new StructType().add("key", DataTypes.BinaryType).add("timestamp", DataTypes.TimestampType);
    List<Row> records =
        List.of(
            record("2026-11-21T22:00:59.999Z"),
            record("2026-11-21T22:01:00.000Z"),
            record("2026-11-21T22:01:30.000Z"),
            record("2026-11-21T22:01:59.999Z"),
            record("2026-11-21T22:03:10.000Z"));
    Map<String, Long> perMinute = new TreeMap<>();
    Instant now = Instant.parse("2026-11-21T22:04:00Z");
    for (Row r : RequestRate.perMinute(spark.createDataFrame(records, kafka)).collectAsList()) {
      Document d = RequestRate.document(r, now);
      perMinute.put(d.getString("_id"), d.getLong("requests"));
    }
    assertEquals(
        Map.of(
            "2026-11-21T22:00:00Z", 1L,
            "2026-11-21T22:01:00Z", 3L,
            "2026-11-21T22:03:00Z", 1L),
        perMinute,
        "windows start on the minute; a minute without records has no document");
  }
}
