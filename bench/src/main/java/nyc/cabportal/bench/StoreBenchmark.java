package nyc.cabportal.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import nyc.cabportal.stack.DataDirectory;
import nyc.cabportal.stack.EmbeddedStack;
import nyc.cabportal.stack.StackSettings;
import nyc.cabportal.worker.contract.ContractNames;
import org.bson.Document;

/**
 * The embedded store alone: its own JVM as the stack starts it (256 MiB heap, a fresh file), driven
 * over the wire by the official driver from several threads with each ride's store operations — the
 * portal's insert, the portal's move to QUEUED, the worker's answer, a find by id — on documents of
 * a ride's size and shape. Prints rides/s, the store process's CPU per ride and how fast its file
 * grows, after a preload, in rounds, and the store's own account of its checkpoints. Ride ids are
 * time-ordered, as the portal makes them; {@code --random-ids 1} uses random ones, as it did before
 * (BENCHMARKS.md: what they cost the store).
 *
 * <pre>
 * ./cabportal bench-store [--preload 30000] [--rides 10000] [--rounds 3] [--threads 8]
 *     [--random-ids 0|1]
 * </pre>
 */
public final class StoreBenchmark {

  private StoreBenchmark() {}

  /**
   * A version-7 UUID as the portal's {@code RideIds} makes it (that class is in the portal's war,
   * not on this module's classpath): the millisecond first, random bits after.
   */
  private static String timeOrderedId() {
    UUID random = UUID.randomUUID();
    long high =
        (System.currentTimeMillis() << 16) | 0x7000 | (random.getMostSignificantBits() & 0x0FFF);
    return new UUID(high, random.getLeastSignificantBits()).toString();
  }

  public static void main(String[] args) throws Exception {
    Map<String, Integer> o =
        new HashMap<>(
            Map.of("preload", 30_000, "rides", 10_000, "rounds", 3, "threads", 8, "random-ids", 0));
    for (int i = 0; i + 1 < args.length; i += 2) {
      String name = args[i].replaceFirst("^--", "");
      if (!o.containsKey(name)) {
        throw new IllegalArgumentException("unknown option " + args[i]);
      }
      o.put(name, Integer.parseInt(args[i + 1]));
    }
    Path dir = Files.createTempDirectory("cabportal-store-bench");
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("CAB_DATA_DIR", dir.toString());
    env.put("MONGODB_PORT", String.valueOf(freePort()));
    env.remove("MONGODB_URI");
    StackSettings settings = StackSettings.fromEnvironment(StackSettings.findRoot(), env);
    Path file = dir.resolve("mongodb/cabportal.mv.db");
    System.out.println(Benchmark.machine());
    EmbeddedStack stack = new EmbeddedStack(settings);
    try (stack) {
      stack.startMongo();
      long store = PartCpu.processWith(file.toString());
      try (MongoClient client = MongoClients.create(settings.mongoUri())) {
        MongoCollection<Document> rides =
            client.getDatabase(ContractNames.DATABASE).getCollection(ContractNames.RIDES);
        rides.createIndex(
            Indexes.ascending("_id", "status"), new IndexOptions().unique(true).name("id_status"));
        int threads = o.get("threads");
        // Time-ordered as the portal makes them, or random as it did before.
        Supplier<String> ids =
            o.get("random-ids") == 1
                ? () -> UUID.randomUUID().toString()
                : StoreBenchmark::timeOrderedId;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        run(pool, rides, ids, o.get("preload"), threads);
        System.out.printf(
            "store alone, %d client threads, %d rides stored first, %s ids; each ride: insert,"
                + " move to QUEUED, the answer, a find by id%n",
            threads, o.get("preload"), o.get("random-ids") == 1 ? "random" : "time-ordered");
        for (int round = 1; round <= o.get("rounds"); round++) {
          long cpu0 = PartCpu.millis(store);
          long size0 = Files.size(file);
          long t0 = System.nanoTime();
          int n = o.get("rides");
          Percentiles ride = Percentiles.of(run(pool, rides, ids, n, threads));
          double seconds = (System.nanoTime() - t0) / 1e9;
          System.out.printf(
              Locale.ROOT,
              "round %d: %d rides in %.2f s, %.0f rides/s; a ride's four operations p50 %.1f / p99"
                  + " %.1f / max %.1f ms; store CPU %.3f ms per ride; file +%.1f KiB per ride (%.0f"
                  + " MiB now)%n",
              round,
              n,
              seconds,
              n / seconds,
              ride.p50(),
              ride.p99(),
              ride.max(),
              (PartCpu.millis(store) - cpu0) / (double) n,
              (Files.size(file) - size0) / 1024.0 / n,
              Files.size(file) / 1048576.0);
        }
        pool.shutdown();
      }
      // The store's own account of its checkpoints, one line a minute (CheckpointLog).
      try (var lines = Files.lines(dir.resolve("logs/mongodb.log"))) {
        lines.filter(l -> l.startsWith("store checkpoints")).forEach(System.out::println);
      }
    } finally {
      DataDirectory.delete(dir);
    }
  }

  /** {@code n} rides' operations, split over {@code threads} threads; returns when all are done. */
  private static List<Double> run(
      ExecutorService pool,
      MongoCollection<Document> rides,
      Supplier<String> ids,
      int n,
      int threads)
      throws Exception {
    List<Double> millis = Collections.synchronizedList(new ArrayList<>());
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int share = n / threads + (t < n % threads ? 1 : 0);
      done.add(
          pool.submit(
              () -> {
                for (int i = 0; i < share; i++) {
                  long t0 = System.nanoTime();
                  oneRide(rides, ids.get());
                  millis.add((System.nanoTime() - t0) / 1e6);
                }
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    return millis;
  }

  private static void oneRide(MongoCollection<Document> rides, String id) {
    rides.insertOne(ride(id));
    // Conditional moves by (_id, status), index-served, as the portal and the worker write them.
    rides.updateOne(
        new Document("_id", id).append("status", "PENDING"), Updates.set("status", "QUEUED"));
    rides.updateOne(
        new Document("_id", id).append("status", "QUEUED"),
        Updates.combine(
            Updates.set("status", "DISPATCHED"),
            Updates.set("result", answer()),
            Updates.set("timings.dispatchedAt", new Date())));
    rides.find(Filters.eq("_id", id)).first();
  }

  /** A ride as the portal stores it, in size and shape (contract/examples). */
  private static Document ride(String id) {
    return new Document("_id", id)
        .append("status", "PENDING")
        .append("schemaVersion", 1)
        .append(
            "request",
            new Document("pickup", new Document("lat", 40.7612).append("lon", -73.9793))
                .append("dropoff", new Document("lat", 40.6413).append("lon", -73.7781))
                .append("passengers", 2)
                .append("pickupAt", new Date())
                .append("place", "Midtown Center → JFK Airport"))
        .append("timings", new Document("acceptedAt", new Date()).append("queuedAt", new Date()))
        .append("server", "portal-1a2b3c4d");
  }

  /** A dispatched ride's answer, as contract/examples/ride-result/dispatched.json has it. */
  private static Document answer() {
    return new Document(
            "cab",
            new Document("id", "cab-00042")
                .append("lat", 40.761204)
                .append("lon", -73.979321)
                .append("seats", 4))
        .append("pickupEtaSeconds", 131)
        .append("pickupDistanceKm", 0.62)
        .append(
            "fare",
            new Document("p10", 45.0)
                .append("p50", 52.0)
                .append("p90", 57.5)
                .append("currency", "USD"))
        .append("durationSeconds", 2460)
        .append("distanceKm", 21.3)
        .append(
            "basis",
            new Document("method", "history")
                .append("trips", 12)
                .append("level", "H3 res 7, weekday 18-21h")
                .append(
                    "detail",
                    "Meter: about 21.3 km and 41 min → $52.00, from 12 past trips between these"
                        + " areas on weekdays, 6–9 PM"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
