package nyc.cabportal.worker.contract;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Decodes Kafka records (the Kafka source's columns) into checked ride requests. */
public final class RideRequestDecoder {

  /** The Kafka source's columns, as Spark gives them to a query of a topic. */
  public static final StructType KAFKA_RECORD =
      new StructType()
          .add("key", DataTypes.BinaryType)
          .add("value", DataTypes.BinaryType)
          .add("topic", DataTypes.StringType)
          .add("partition", DataTypes.IntegerType)
          .add("offset", DataTypes.LongType)
          .add("timestamp", DataTypes.TimestampType)
          .add("timestampType", DataTypes.IntegerType);

  private RideRequestDecoder() {}

  /**
   * Collects a micro-batch of {@code kafkaRecords} (the Kafka source's schema: key and value as
   * binary, partition, offset, timestamp) to the driver and decodes each record there, valid or not
   * — nothing is dropped.
   *
   * <p>Decoding on the driver, not as a Spark {@code map} with a bean encoder: each micro-batch is
   * a new Dataset, and Spark analysed, optimised, code-generated and closure-cleaned that plan for
   * every batch — at 200 rides/s about a fifth of the worker's CPU (BENCHMARKS.md, Performance),
   * for a batch the worker collects to the driver anyway to match it as a whole.
   */
  public static List<DecodedRequest> collect(Dataset<Row> kafkaRecords) {
    List<Row> rows =
        kafkaRecords.select("key", "value", "partition", "offset", "timestamp").collectAsList();
    List<DecodedRequest> out = new ArrayList<>(rows.size());
    for (Row row : rows) {
      DecodedRequest d = new DecodedRequest();
      d.setKey(text(row, 0));
      d.setPartition(row.getInt(2));
      d.setOffset(row.getLong(3));
      Timestamp ts = row.getTimestamp(4);
      d.setKafkaTimestamp(ts == null ? 0 : ts.getTime());
      out.add(RideRequestReader.read(text(row, 1), d));
    }
    return out;
  }

  private static String text(Row row, int i) {
    return row.isNullAt(i) ? null : new String((byte[]) row.get(i), StandardCharsets.UTF_8);
  }
}
