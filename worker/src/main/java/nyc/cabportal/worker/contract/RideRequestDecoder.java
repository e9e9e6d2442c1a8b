package nyc.cabportal.worker.contract;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/** Decodes Kafka records (the Kafka source's columns) into checked ride requests. */
public final class RideRequestDecoder {

  public static final Encoder<DecodedRequest> ENCODER = Encoders.bean(DecodedRequest.class);

  private RideRequestDecoder() {}

  /**
   * {@code kafkaRecords} has the Kafka source's schema (key, value as binary, partition, offset,
   * timestamp); the result has one {@link DecodedRequest} per record, valid or not — nothing is
   * dropped.
   */
  public static Dataset<DecodedRequest> decode(Dataset<Row> kafkaRecords) {
    return kafkaRecords
        .selectExpr(
            "CAST(key AS STRING) AS key",
            "CAST(value AS STRING) AS value",
            "partition",
            "offset",
            "unix_millis(timestamp) AS ts")
        .map(
            (MapFunction<Row, DecodedRequest>)
                row -> {
                  DecodedRequest d = new DecodedRequest();
                  d.setKey(row.getString(0));
                  d.setPartition(row.getInt(2));
                  d.setOffset(row.getLong(3));
                  d.setKafkaTimestamp(row.getLong(4));
                  return RideRequestReader.read(row.getString(1), d);
                },
            ENCODER);
  }
}
