package nyc.cabportal.worker.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nyc.cabportal.worker.contract.DecodedRequest;
import nyc.cabportal.worker.contract.ResultStatus;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class BatchReportTest {

  static final Path EXAMPLE =
      Path.of(System.getProperty("cabportal.contract.dir", "../contract"))
          .resolve("examples/dispatch-batch.json");

  static DecodedRequest request(String id, String receivedAt, String acceptedAt) {
    DecodedRequest r = new DecodedRequest();
    r.setId(id);
    r.setKafkaTimestamp(Instant.parse(receivedAt).toEpochMilli());
    r.setAcceptedAt(acceptedAt);
    return r;
  }

  static BatchReport example() {
    Instant started = Instant.parse("2026-11-21T22:01:02Z");
    List<DecodedRequest> batch =
        List.of(
            request("r1", "2026-11-21T22:00:59.500Z", "2026-11-21T22:00:59.480Z"),
            request("r2", "2026-11-21T22:01:00.200Z", "2026-11-21T22:01:00.190Z"),
            request("r3", "2026-11-21T22:01:01.000Z", null));
    return new BatchReport(7, started)
        .records(batch)
        .outcomes(
            Map.of(
                "r1", ResultStatus.DISPATCHED,
                "r2", ResultStatus.NO_CAB,
                "r3", ResultStatus.REJECTED),
            Map.of("r1", "2026-11-21T22:00:59.480Z", "r2", "2026-11-21T22:01:00.190Z"),
            Instant.parse("2026-11-21T22:01:02.600Z"))
        .duration("total", 610)
        .duration("spark", 40)
        .duration("decide", 120)
        .duration("store", 430)
        .fleet(3000, 412);
  }

  @Test
  void countsRecordsQueueLagOutcomesAndLatencies() {
    Document d = example().toDocument(Instant.parse("2026-11-21T22:01:02.650Z"));
    assertEquals(7L, d.get("_id"));
    assertEquals(3, d.get("records"));
    assertEquals(2500L, d.get("queueLagMs"), "the oldest record waited 2.5 s for its batch");
    Document outcomes = d.get("outcomes", Document.class);
    assertEquals(1L, outcomes.get("DISPATCHED"));
    assertEquals(1L, outcomes.get("NO_CAB"));
    assertEquals(1L, outcomes.get("REJECTED"));
    assertEquals(0L, outcomes.get("FAILED"));
    Document latency = d.get("latencyMs", Document.class);
    assertEquals(2L, latency.get("rides"), "a request without acceptedAt has no latency");
    List<Long> counts = latency.getList("counts", Long.class);
    List<Long> bounds = LatencyHistogram.BOUNDS_MS;
    // 3,120 ms and 2,410 ms: each in the bin whose upper bound is the first at or above it.
    for (long ms : List.of(3120L, 2410L)) {
      int bin = 0;
      while (bounds.get(bin) < ms) {
        bin++;
      }
      assertEquals(true, counts.get(bin) >= 1, ms + " ms counted in bin ≤ " + bounds.get(bin));
    }
  }

  @Test
  void histogramBinsGrowByAQuarterUpToTwoMinutes() {
    List<Long> b = LatencyHistogram.BOUNDS_MS;
    assertEquals(10L, b.get(0));
    assertEquals(true, b.get(b.size() - 1) <= 120_000 && b.get(b.size() - 1) > 90_000);
    LatencyHistogram h = new LatencyHistogram();
    h.add(0);
    h.add(10);
    h.add(11);
    h.add(10_000_000);
    assertEquals(2L, h.counts().get(0));
    assertEquals(1L, h.counts().get(1));
    assertEquals(1L, h.counts().get(b.size()), "above the last bound: the open bin");
  }

  /** The portal reads {@code contract/examples/dispatch-batch.json}: it is this report. */
  @Test
  void isTheContractExample() throws IOException {
    Document d = example().toDocument(Instant.parse("2026-11-21T22:01:02.650Z"));
    if (Boolean.getBoolean("cabportal.contract.write")) {
      Files.writeString(EXAMPLE, d.toJson(JSON_INDENTED) + "\n");
    }
    assertEquals(
        Document.parse(Files.readString(EXAMPLE)).toJson(), Document.parse(d.toJson()).toJson());
  }

  private static final org.bson.json.JsonWriterSettings JSON_INDENTED =
      org.bson.json.JsonWriterSettings.builder().indent(true).build();
}
