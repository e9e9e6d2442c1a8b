package nyc.cabportal.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.util.List;
import nyc.cabportal.worker.contract.DecodedRequest;
import nyc.cabportal.worker.contract.RideRequestDecoder;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the decoding transform on a real local Spark session, over rows shaped like Kafka's. */
class RideRequestDecoderTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("decoder-test");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void decodesEveryRecordValidOrNotAndDropsNone() throws Exception {
    String valid =
        Files.readString(
                ContractTest.CONTRACT.resolve(
                    "examples/ride-request/valid/times-square-to-jfk.json"))
            .strip();
    Timestamp ts = Timestamp.valueOf("2026-11-21 14:07:00.250");
    List<Row> rows =
        List.of(
            RowFactory.create(
                "0b6f2c4e-8a51-4f0e-9a7c-3d2f1e5b7a90".getBytes(StandardCharsets.UTF_8),
                valid.getBytes(StandardCharsets.UTF_8),
                "ride-requests",
                0,
                41L,
                ts,
                0),
            RowFactory.create(
                null, "not json".getBytes(StandardCharsets.UTF_8), "ride-requests", 1, 7L, ts, 0));
    Dataset<Row> records = spark.createDataFrame(rows, RideRequestDecoder.KAFKA_RECORD);

    List<DecodedRequest> decoded = RideRequestDecoder.collect(records);

    assertEquals(2, decoded.size());
    assertNull(decoded.get(0).getProblem());
    assertEquals(2, decoded.get(0).getPassengers());
    assertEquals(41L, decoded.get(0).getOffset());
    assertEquals(ts.getTime(), decoded.get(0).getKafkaTimestamp());
    assertEquals("not a JSON object", decoded.get(1).getProblem());
    assertEquals(1, decoded.get(1).getPartition());
  }
}
