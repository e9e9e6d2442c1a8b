package nyc.cabportal.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nyc.cabportal.stack.DataPrepCommand;
import nyc.cabportal.stack.EmbeddedStack;
import nyc.cabportal.stack.PartProcess;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data prep on the real shared files, as the stack's first start ran it: its quality report must
 * match counts computed here independently ({@link ExpectedTripCounts}), every serving table must
 * be filled, a second run must change nothing, and more input must update the tables.
 */
@ExtendWith(RunningStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataPrepIT {

  private static MongoClient mongo;
  private static MongoDatabase db;

  @BeforeAll
  static void connect() {
    mongo = MongoClients.create(RunningStack.stack().settings().mongoUri());
    db = mongo.getDatabase(Contract.DATABASE);
  }

  @AfterAll
  static void disconnect() {
    mongo.close();
  }

  @Test
  @Order(1)
  void theFirstStartsReportMatchesAnIndependentCountOfEveryFile() throws Exception {
    Document run = runs().get(0);
    List<Path> shared = sharedFiles();
    List<Document> files = run.getList("files", Document.class);
    assertEquals(shared.size(), files.size());
    long rows = 0;
    long kept = 0;
    Map<String, Long> rejected = new HashMap<>();
    for (Document f : files) {
      ExpectedTripCounts expected = ExpectedTripCounts.of(Path.of(f.getString("path")));
      String name = f.getString("path");
      assertEquals("loaded", f.getString("status"), name);
      assertEquals(expected.rows, f.getLong("rowsRead"), name);
      assertEquals(expected.blankLines, f.getLong("blankLines"), name);
      assertEquals(expected.kept, f.getLong("kept"), name);
      assertEquals(
          new Document(expected.rejected), sorted(f.get("rejectedByReason", Document.class)), name);
      assertEquals(
          new Document(expected.keptByRule), sorted(f.get("keptByRule", Document.class)), name);
      rows += expected.rows;
      kept += expected.kept;
      expected.rejected.forEach((k, v) -> rejected.merge(k, v, Long::sum));
    }
    Document totals = run.get("totals", Document.class);
    assertEquals(rows, totals.getLong("rowsRead"));
    assertEquals(kept, totals.getLong("kept"));
    assertEquals(
        new Document(new java.util.TreeMap<>(rejected)),
        sorted(totals.get("rejectedByReason", Document.class)));
    assertTrue(run.getList("samples", Document.class).size() > 0);
  }

  @Test
  @Order(2)
  void everyServingTableIsFilledAndAgreesWithTheFiles() throws Exception {
    for (String table : Contract.SERVING_TABLES) {
      assertTrue(db.getCollection(table).countDocuments() > 0, table + " is empty");
    }
    Map<String, Long> keptByDay = new HashMap<>();
    for (Path p : sharedFiles()) {
      String source = p.getFileName().toString().split("[_-]")[0];
      ExpectedTripCounts.of(p)
          .keptByDate
          .forEach((date, n) -> keptByDay.merge(source + "|" + date, n, Long::sum));
    }
    Map<String, Long> stored = new HashMap<>();
    for (Document d : db.getCollection(Contract.VOLUME_DAILY).find()) {
      stored.put(d.getString("_id"), ((Number) d.get("trips")).longValue());
    }
    assertEquals(keptByDay, stored);
    Document frame =
        db.getCollection(Contract.HEATMAP_CELLS)
            .find(Filters.eq("_id", "uber|pickup|r8|all"))
            .first();
    assertNotNull(frame);
    assertTrue(frame.getList("cells", Document.class).size() > 100);
    Document fare =
        db.getCollection(Contract.TRIP_DISTRIBUTIONS)
            .find(Filters.eq("_id", "yellow|fare"))
            .first();
    double median = fare.get("percentiles", Document.class).getDouble("p50");
    assertTrue(median > 7 && median < 13, "median Yellow fare " + median);
    assertTrue(db.getCollection(Contract.TRIP_ESTIMATES).countDocuments(Filters.eq("res", 8)) > 0);
    assertTrue(
        db.getCollection(Contract.TRIP_ESTIMATES).countDocuments(Filters.eq("hours", 24)) > 0);
  }

  @Test
  @Order(2)
  void everyTableItWritesIsShapedAsItsContractExample() {
    List<String> tables = new ArrayList<>(Contract.SERVING_TABLES);
    tables.add(Contract.DATAPREP_RUNS);
    tables.add(Contract.collection("dataprep-state"));
    for (String table : tables) {
      Document example = Contract.servingExample(table);
      Document written =
          db.getCollection(table).find(Filters.eq("_id", example.get("_id"))).first();
      if (written == null) {
        written = db.getCollection(table).find().first();
      }
      assertNotNull(written, table + " is empty");
      assertEquals(DocumentShape.of(example), DocumentShape.of(written), table);
    }
  }

  @Test
  @Order(3)
  void aSecondRunOverTheSameInputChangesNothing() throws Exception {
    Map<String, List<String>> before = snapshot();
    PartProcess job = dataPrep("rerun", "--input", sharedDir().toString());
    assertEquals(0, job.waitForExit(), job.logTail(20));
    assertEquals(before, snapshot());
    Document totals = runs().get(runs().size() - 1).get("totals", Document.class);
    assertEquals(0, totals.getInteger("filesLoaded"));
    assertEquals(sharedFiles().size(), totals.getInteger("filesSkipped"));
  }

  @Test
  @Order(4)
  void theSameTripInTwoFilesCountsOnce(@TempDir Path dir) throws Exception {
    // Real Green trips (data-extra's sample, not in the first start) in a file and its gzipped
    // copy, and three Yellow trips of the first start's sample in a file of their own.
    Path greenSample =
        sharedDir()
            .resolveSibling("data-extra")
            .resolve("green_tripdata_2014_sample0.2pct/green_tripdata_2014-01_sample0.2pct.csv");
    List<String> green = Files.readAllLines(greenSample).subList(0, 3);
    Path plain = Files.write(dir.resolve("green-again.csv"), green);
    Path gzipped = dir.resolve("green-again.csv.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gzipped))) {
      out.write(
          (String.join("\n", green) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Path yellowSample = sharedDir().resolve("yellow_tripdata_2014_sample_jan-sep.csv.gz");
    List<String> yellow;
    try (var in =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(yellowSample)),
                java.nio.charset.StandardCharsets.UTF_8))) {
      yellow = in.lines().limit(4).toList();
    }
    Path yellowAgain = Files.write(dir.resolve("yellow-again.csv"), yellow);
    long greenDayBefore = trips("green|2014-01-22");
    PartProcess job = dataPrep("again", "--input", dir.toString());
    assertEquals(0, job.waitForExit(), job.logTail(20));
    Document run = runs().get(runs().size() - 1);
    Map<String, Document> files = new HashMap<>();
    for (Document f : run.getList("files", Document.class)) {
      files.put(f.getString("path"), f);
    }
    assertEquals(2L, files.get(plain.toString()).getLong("kept"));
    assertEquals(
        new Document("duplicate", 2L),
        files.get(gzipped.toString()).get("rejectedByReason", Document.class));
    assertEquals(
        new Document("duplicate", 3L),
        files.get(yellowAgain.toString()).get("rejectedByReason", Document.class));
    assertEquals(greenDayBefore + 1, trips("green|2014-01-22"));
    List<String> details =
        run.getList("samples", Document.class).stream().map(d -> d.getString("detail")).toList();
    assertTrue(details.contains("same trip as line 2 of " + plain), details.toString());
    assertTrue(
        details.stream()
            .anyMatch(
                d ->
                    d.startsWith("same trip as line 2 of ")
                        && d.contains("yellow_tripdata_2014_sample_jan-sep.csv.gz, loaded by run")),
        details.toString());
  }

  private long trips(String volumeDailyId) {
    Document day =
        db.getCollection(Contract.VOLUME_DAILY).find(Filters.eq("_id", volumeDailyId)).first();
    return day == null ? 0 : ((Number) day.get("trips")).longValue();
  }

  @Test
  @Order(5)
  void moreInputUpdatesTheTables(@TempDir Path dir) throws Exception {
    Path more = dir.resolve("uber-more.csv");
    Files.writeString(
        more,
        "\"Date/Time\",\"Lat\",\"Lon\",\"Base\"\n"
            + "\"9/30/2014 8:01:00\",40.7580,-73.9855,\"B02512\"\n"
            + "\"9/30/2014 8:02:00\",40.6413,-73.7781,\"B02598\"\n"
            + "\"9/30/2014 8:02:00\",40.6413,-73.7781,\"B02598\"\n"
            + "\"9/30/2014 8:03:00\",41.5,-73.9,\"B02598\"\n");
    PartProcess job = dataPrep("more", "--input", more.toString());
    assertEquals(0, job.waitForExit(), job.logTail(20));
    Document day =
        db.getCollection(Contract.VOLUME_DAILY).find(Filters.eq("_id", "uber|2014-09-30")).first();
    // The pickup 65 km north, in the Hudson Valley, counts: it left the service area, not the
    // region. The repeated line is a copy.
    assertEquals(3, ((Number) day.get("trips")).longValue());
    Document totals = runs().get(runs().size() - 1).get("totals", Document.class);
    assertEquals(
        new Document("duplicate", 1L), sorted(totals.get("rejectedByReason", Document.class)));
    assertEquals(
        new Document("outside_service_area", 1L), sorted(totals.get("keptByRule", Document.class)));
    // The running worker picks the new run's tables up by itself, without a restart.
    String runId = runs().get(runs().size() - 1).getString("_id");
    Path workerLog = RunningStack.stack().settings().dataDir().resolve("logs/worker.log");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> Files.readString(workerLog).contains("trip history of data prep run " + runId));
  }

  @Test
  @Order(6)
  void anUnknownHeaderIsAClearErrorNamingTheFile(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("yellow_tripdata_2015-01.csv");
    Files.writeString(bad, "VendorID,tpep_pickup_datetime,tpep_dropoff_datetime\n1,2,3\n");
    PartProcess job = dataPrep("bad-header", "--input", bad.toString());
    assertEquals(2, job.waitForExit());
    String log = job.logTail(12);
    assertTrue(log.contains(bad + ": the header is not one of the 2014 trip formats"), log);
    assertTrue(log.contains("2015-or-later Yellow file"), log);
  }

  private static PartProcess dataPrep(String name, String... args) {
    EmbeddedStack stack = RunningStack.stack();
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--boroughs-geojson",
            stack.settings().boroughs().toString(),
            "--warehouse",
            stack.settings().dataDir().resolve("warehouse").toString(),
            "--mongodb-uri",
            stack.settings().mongoUri()));
    return stack.startSparkJob(
        "data-prep-" + name,
        "1g",
        DataPrepCommand.MODULE,
        DataPrepCommand.MAIN_CLASS,
        all.toArray(String[]::new));
  }

  private static List<Document> runs() {
    return db.getCollection(Contract.DATAPREP_RUNS)
        .find(Filters.eq("status", "ok"))
        .sort(Sorts.ascending("finishedAt"))
        .into(new ArrayList<>());
  }

  /** Every serving document, as JSON, by table: equal snapshots mean nothing changed. */
  private static Map<String, List<String>> snapshot() {
    Map<String, List<String>> all = new HashMap<>();
    for (String table : Contract.SERVING_TABLES) {
      List<String> docs = new ArrayList<>();
      db.getCollection(table)
          .find()
          .sort(Sorts.ascending("_id"))
          .forEach(d -> docs.add(d.toJson()));
      all.put(table, docs);
    }
    return all;
  }

  private static Document sorted(Document d) {
    return new Document(new java.util.TreeMap<>(d));
  }

  private static Path sharedDir() {
    return RunningStack.stack().settings().tripData();
  }

  private static List<Path> sharedFiles() throws Exception {
    try (Stream<Path> s = Files.walk(sharedDir())) {
      return s.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".csv.gz"))
          .toList();
    }
  }
}
