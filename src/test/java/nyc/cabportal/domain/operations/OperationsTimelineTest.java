package nyc.cabportal.domain.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationsTimelineTest {

  static final double[] BOUNDS = {100, 200, 400};

  static BatchSummary batch(String at, int records, long[] latency, int busy) {
    return new BatchSummary(
        Instant.parse(at),
        records,
        250,
        Map.of("DISPATCHED", 3L, "NO_CAB", 1L),
        BOUNDS,
        latency,
        120,
        100,
        busy);
  }

  @Test
  void sumsBatchesPerMinuteBesideTheRequestsSparkCounted() {
    OperationsTimeline t = new OperationsTimeline(Instant.parse("2026-11-21T22:03:30Z"), 3);
    assertEquals(Instant.parse("2026-11-21T22:01:00Z"), t.first());
    t.add(batch("2026-11-21T22:02:01Z", 4, new long[] {2, 2, 0, 0}, 40));
    t.add(batch("2026-11-21T22:02:40Z", 4, new long[] {0, 0, 4, 0}, 60));
    t.add(batch("2026-11-21T21:50:00Z", 1, new long[] {1, 0, 0, 0}, 10));
    t.requests(Instant.parse("2026-11-21T22:01:00Z"), 1);
    t.requests(Instant.parse("2026-11-21T22:02:00Z"), 7);
    t.requests(Instant.parse("2026-11-21T21:00:00Z"), 99);
    List<OperationsTimeline.Minute> m = t.minutes();
    assertEquals(3, m.size());
    assertEquals(1, m.get(0).requests(), "requests are Spark's count for the minute");
    assertEquals(0, m.get(0).batches());
    assertTrue(Double.isNaN(m.get(0).latencyMs(0.5)));
    OperationsTimeline.Minute two = m.get(1);
    assertEquals(7, two.requests());
    assertEquals(2, two.batches());
    assertEquals(4, two.maxBatch());
    assertEquals(6L, two.outcomes().get("DISPATCHED"));
    assertEquals(0L, two.outcomes().get("FAILED"));
    assertEquals(8, two.latencyRides());
    assertEquals(200, two.latencyMs(0.5), 1e-9, "4 of 8 at or below 200 ms");
    assertEquals(380, two.latencyMs(0.95), 1e-9, "rank 7.6 of 8: nine tenths into 200–400");
    assertEquals(60.0, two.utilisationPercent(), 1e-9, "the minute's last batch");
  }

  @Test
  void refusesAnUnreasonableWindow() {
    assertThrows(IllegalArgumentException.class, () -> new OperationsTimeline(Instant.EPOCH, 0));
  }
}
