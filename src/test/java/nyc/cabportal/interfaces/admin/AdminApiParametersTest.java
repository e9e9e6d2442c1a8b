package nyc.cabportal.interfaces.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nyc.cabportal.domain.operations.BatchSummary;
import nyc.cabportal.domain.tripdata.TripSource;
import nyc.cabportal.infrastructure.mongo.MongoBatchSummaries;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class AdminApiParametersTest {

  static String problem(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void heatmapFramesDefaultToWeeklyPickupsInSmallHexagons() {
    HeatmapFrame f = new HeatmapFrame(null, null, null, null);
    assertEquals(List.of(TripSource.values()), f.sources);
    assertEquals("pickup", f.kind);
    assertEquals(8, f.res);
    assertEquals("all", f.hour);
  }

  @Test
  void heatmapParametersOutOfRangeAreNamed() {
    assertEquals(
        "kind must be pickup or dropoff: not both",
        problem(() -> new HeatmapFrame("all", "both", "8", "1")));
    assertEquals(
        "res must be 7 or 8 (H3 resolution): not 9",
        problem(() -> new HeatmapFrame("all", "pickup", "9", "1")));
    assertEquals(
        "hour must be all or an hour of the week 0–167 (0 = Monday 0h): not noon",
        problem(() -> new HeatmapFrame("all", "pickup", "8", "noon")));
    assertEquals(
        "hour of week must be 0–167 (0 = Monday 0h): 168",
        problem(() -> new HeatmapFrame("all", "pickup", "8", "168")));
  }

  @Test
  void minutesMustBeOneToSixty() {
    assertEquals(30, AdminApi.parseMinutes(null));
    assertEquals(5, AdminApi.parseMinutes(" 5 "));
    assertEquals(
        "minutes must be a whole number 1–60: not 61", problem(() -> AdminApi.parseMinutes("61")));
    assertEquals(
        "minutes must be a whole number 1–60: not x", problem(() -> AdminApi.parseMinutes("x")));
  }

  /**
   * The worker writes contract/examples/dispatch-batch.json (its test pins it); the portal reads
   * it.
   */
  @Test
  void readsTheWorkersBatchReportExample() throws Exception {
    Path example =
        Path.of(System.getProperty("cabportal.contract.dir", "contract"))
            .resolve("examples/dispatch-batch.json");
    BatchSummary b = MongoBatchSummaries.summary(Document.parse(Files.readString(example)));
    assertEquals(3, b.records());
    assertEquals(2500, b.queueLagMs());
    assertEquals(1L, b.outcomes().get("REJECTED"));
    assertEquals(b.latencyBoundsMs().length + 1, b.latencyCounts().length);
    assertEquals(2, java.util.Arrays.stream(b.latencyCounts()).sum());
    assertEquals(610, b.durationMs());
    assertEquals(3000, b.cabs());
    assertEquals(412, b.busyCabs());
  }
}
