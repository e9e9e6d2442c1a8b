package nyc.cabportal.infrastructure.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nyc.cabportal.domain.dataquality.DataPrepRun;
import nyc.cabportal.domain.operations.BatchSummary;
import nyc.cabportal.domain.operations.CabPosition;
import nyc.cabportal.domain.tripdata.CellTrips;
import nyc.cabportal.domain.tripdata.DailyHistogram;
import nyc.cabportal.domain.tripdata.DailyPayments;
import nyc.cabportal.domain.tripdata.DailyTrips;
import nyc.cabportal.domain.tripdata.HourlyTrips;
import nyc.cabportal.domain.tripdata.TripSource;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The portal reads what the worker and data prep write as the contract's example documents show it
 * ({@code contract/examples/}; the writers' tests pin the same files).
 */
class SharedCollectionsReadTest {

  static final Path CONTRACT = Path.of(System.getProperty("cabportal.contract.dir", "contract"));

  static Document example(String path) throws Exception {
    return Document.parse(Files.readString(CONTRACT.resolve("examples/" + path)));
  }

  static Document serving(String table) throws Exception {
    return example("serving/" + table + ".json");
  }

  @Test
  void readsTheWorkersBatchReport() throws Exception {
    BatchSummary b = MongoBatchSummaries.summary(example("dispatch-batch.json"));
    assertEquals(3, b.records());
    assertEquals(2500, b.queueLagMs());
    assertEquals(1L, b.outcomes().get("REJECTED"));
    assertEquals(b.latencyBoundsMs().length + 1, b.latencyCounts().length);
    assertEquals(2, Arrays.stream(b.latencyCounts()).sum());
    assertEquals(610, b.durationMs());
    assertEquals(3000, b.cabs());
    assertEquals(412, b.busyCabs());
  }

  @Test
  void readsACabOfTheFleet() throws Exception {
    CabPosition c = MongoLiveFleet.cab(example("cab.json"));
    assertEquals(new CabPosition(40.6413, -73.7781, 4, c.freeAt()), c);
    assertEquals(Instant.parse("2026-12-02T06:37:21.173Z"), c.freeAt());
  }

  @Test
  void readsAMinuteOfRequests() throws Exception {
    assertEquals(
        Map.entry(Instant.parse("2026-12-02T06:07:00Z"), 41L),
        MongoRequestRate.minute(example("request-rate.json")).orElseThrow());
  }

  @Test
  void readsTheDashboardsDailyTables() throws Exception {
    assertEquals(
        new DailyTrips(TripSource.GREEN, "2014-09-01", 4),
        MongoTripTables.dailyTrips(serving(SharedCollections.VOLUME_DAILY)).orElseThrow());
    HourlyTrips hourly =
        MongoTripTables.hourlyTrips(serving(SharedCollections.VOLUME_HOURLY)).orElseThrow();
    assertEquals("Monday", hourly.dayOfWeek());
    assertEquals(24, hourly.trips().length);
    assertEquals(4, hourly.trips()[0]);
    DailyHistogram h =
        MongoTripTables.histogram(serving(SharedCollections.TRIP_HISTOGRAMS)).orElseThrow();
    assertEquals("distance", h.measure());
    assertEquals(4, Arrays.stream(h.counts()).sum());
    assertEquals(
        new DailyPayments(TripSource.GREEN, "2014-09-01", "card", 4, 4, 40.0, 8.62),
        MongoTripTables.payments(serving(SharedCollections.PAYMENT_DAILY)).orElseThrow());
    assertEquals(
        List.of(new CellTrips("872a10774ffffff", 1), new CellTrips("872a100f3ffffff", 1)),
        MongoTripTables.pickupAreas(serving(SharedCollections.PICKUP_AREAS_DAILY))
            .orElseThrow()
            .cells());
  }

  @Test
  void readsAHeatMapFrame() throws Exception {
    List<CellTrips> cells = MongoTripTables.cells(serving(SharedCollections.HEATMAP_CELLS));
    assertEquals(new CellTrips("882a100d65fffff", 7), cells.get(0));
  }

  @Test
  void skipsARowOfASourceItDoesNotKnow() throws Exception {
    Document row = serving(SharedCollections.VOLUME_DAILY).append("source", "fhv");
    assertFalse(MongoTripTables.dailyTrips(row).isPresent());
  }

  @Test
  void readsADataPrepRunReport() throws Exception {
    DataPrepRun run = MongoDataPrepRuns.run(serving(SharedCollections.DATAPREP_RUNS));
    assertEquals("ok", run.status());
    assertEquals(590_963, run.totals().rowsRead());
    assertEquals(7827L, run.totals().byReason().get("duplicate"));
    assertEquals("yellow_tripdata_2014_sample_jan-sep.csv.gz", run.files().get(0).name());
    assertEquals("duplicate", run.samples().get(0).reason());
  }
}
