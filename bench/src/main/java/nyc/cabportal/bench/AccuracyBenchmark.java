package nyc.cabportal.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import nyc.cabportal.stack.DataDirectory;
import nyc.cabportal.stack.EmbeddedStack;
import nyc.cabportal.stack.StackSettings;
import nyc.cabportal.trips.Trip;
import nyc.cabportal.trips.geo.Boroughs;
import nyc.cabportal.trips.geo.GreatCircle;

/**
 * The accuracy benchmark ({@code ./cabportal bench-accuracy}): how close the estimates come to real
 * trips they never saw. The shared Yellow sample is split by pickup date: trips before {@code
 * --split} (default 2014-08-01, so January–July) are the only trip data of a fresh embedded stack
 * (data prep builds its tables and model from them); each later trip (August–September) that data
 * prep's cleaning rules keep is sent through {@code POST /api/rides} with its real pickup time and
 * passengers, and its answer read back. Reports fare RMSE (the expected fare against the metered
 * fare; the typical fare, the p50, beside it) and duration RMSLE, overall and by the basis of the
 * estimate, against a distance-only baseline (least-squares lines of fare and of log duration on
 * the straight-line distance, fitted on the same training trips).
 */
public final class AccuracyBenchmark {

  private static final String SAMPLE = "yellow_tripdata_2014_sample_jan-sep.csv.gz";

  /** The Green sample of {@code ../shared/data-extra}, loaded on purpose (not a first start's). */
  private static final String GREEN_SAMPLE = "green_tripdata_2014_sample0.2pct";

  /** The baseline's least straight-line distance ({@link #straightKm}). */
  private static final double BASELINE_MIN_KM = 0.05;

  private AccuracyBenchmark() {}

  public static void main(String[] args) throws Exception {
    LocalDate split = LocalDate.parse("2014-08-01");
    YearMonth holdOut = null;
    String green = null;
    int rate = 100;
    Path dir = Path.of("/tmp/cabportal-accuracy");
    Path tripsCsv = null;
    boolean inSample = false;
    double trainShare = 1;
    int trainDraw = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--in-sample")) {
        inSample = true;
        continue;
      }
      String option = args[i];
      String value = i + 1 < args.length ? args[++i] : "";
      switch (option) {
        case "--split" -> split = LocalDate.parse(value);
        case "--hold-out" -> holdOut = YearMonth.parse(value);
        case "--green" -> green = value;
        case "--rate" -> rate = Integer.parseInt(value);
        case "--dir" -> dir = Path.of(value);
        case "--trips" -> tripsCsv = Path.of(value);
        case "--train-share" -> trainShare = Double.parseDouble(value);
        case "--train-draw" -> trainDraw = Integer.parseInt(value);
        default -> {
          System.err.println(
              "usage: ./cabportal bench-accuracy [--split 2014-08-01 | --hold-out 2014-05]"
                  + " [--in-sample | --train-share 0.5 [--train-draw 1]] [--green DIR|none]"
                  + " [--rate 100] [--dir DIR] [--trips FILE.csv]");
          System.exit(2);
        }
      }
    }
    StackSettings base = StackSettings.fromEnvironment(StackSettings.findRoot(), System.getenv());
    List<Path> files = new ArrayList<>(List.of(base.tripData().resolve(SAMPLE)));
    Path greenDir =
        green != null
            ? Path.of(green)
            : base.tripData().resolveSibling("data-extra").resolve(GREEN_SAMPLE);
    if (!"none".equals(green) && Files.isDirectory(greenDir)) {
      try (var listed = Files.list(greenDir)) {
        listed.filter(f -> f.toString().endsWith(".csv")).sorted().forEach(files::add);
      }
    }
    TrainingSplit sample = TrainingSplit.of(split, holdOut, inSample, trainShare, trainDraw);
    DataDirectory.delete(dir);
    Path train = dir.resolve("train");
    Files.createDirectories(train);
    for (Path file : files) {
      sample.add(file, train.resolve("train_" + file.getFileName().toString().replace(".gz", "")));
    }
    List<Trip> trainTrips = sample.trainTrips();
    List<Trip> evalTrips = sample.testTrips();
    System.out.printf(
        Locale.ROOT,
        "accuracy benchmark: %s (%d files), %s: %,d training trips, %,d evaluation trips (kept by"
            + " data prep's rules and inside the service area; %,d rows rejected by the rules);"
            + " evaluated by source: %s%n",
        files.size() == 1 ? SAMPLE : SAMPLE + " and the Green sample",
        files.size(),
        sample.words(),
        trainTrips.size(),
        evalTrips.size(),
        sample.rejected(),
        countBy(evalTrips, t -> t.source().name().toLowerCase(Locale.ROOT)));
    DistanceBaseline baseline = DistanceBaseline.fit(trainTrips);
    System.out.printf(
        Locale.ROOT,
        "distance-only baseline (fitted on the training trips): fare = %.2f + %.3f × km,"
            + " duration = e^%.3f × km^%.3f s%n",
        baseline.fareA(),
        baseline.fareB(),
        baseline.durA(),
        baseline.durB());
    StackSettings settings =
        base.withPorts(19380, 19379, 39392, 39393, 37397, 39465, dir.resolve("stack"))
            .withTripData(train);
    Boroughs boroughs = Boroughs.read(base.boroughs());
    try (EmbeddedStack stack = new EmbeddedStack(settings)) {
      long t = System.nanoTime();
      stack.startAll();
      System.out.printf(
          Locale.ROOT,
          "stack up with the training data in %.0f s%n",
          (System.nanoTime() - t) / 1e9);
      evaluate(settings.portalUrl(), evalTrips, rate, baseline, boroughs, tripsCsv);
    }
  }

  private static Map<String, Integer> countBy(List<Trip> trips, Function<Trip, String> key) {
    Map<String, Integer> counts = new TreeMap<>();
    trips.forEach(t -> counts.merge(key.apply(t), 1, Integer::sum));
    return counts;
  }

  private static void evaluate(
      String portal,
      List<Trip> trips,
      int rate,
      DistanceBaseline baseline,
      Boroughs boroughs,
      Path tripsCsv)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    long start = System.nanoTime();
    List<String> ids = new ArrayList<>(Collections.nCopies(trips.size(), null));
    Map<String, Integer> refused = new TreeMap<>();
    List<Integer> toSend = new ArrayList<>();
    for (int i = 0; i < trips.size(); i++) {
      toSend.add(i);
    }
    int overloaded = 0;
    // A rider refused as overload (503, nothing stored) asks again after its Retry-After, as a
    // well-behaved client does: every trip is evaluated, not only those that came at a quiet time.
    for (int round = 0; round < 20 && !toSend.isEmpty(); round++) {
      if (round > 0) {
        Thread.sleep(2_000);
      }
      List<Integer> again = new ArrayList<>();
      List<CompletableFuture<HttpResponse<String>>> sent = send(http, portal, trips, toSend, rate);
      for (int k = 0; k < toSend.size(); k++) {
        HttpResponse<String> r = sent.get(k).get();
        int i = toSend.get(k);
        if (r.statusCode() == 202) {
          ids.set(i, json(r.body()).getString("id"));
        } else if (r.statusCode() == 503 && r.body().contains("the portal is busy")) {
          overloaded++;
          again.add(i);
        } else {
          refused.merge(r.statusCode() + " " + r.body(), 1, Integer::sum);
        }
      }
      toSend = again;
    }
    System.out.printf(
        Locale.ROOT,
        "sent %,d trips in %.1f s (%,d overload refusals asked again after Retry-After, %,d never"
            + " taken); refused: %s%n",
        trips.size(),
        (System.nanoTime() - start) / 1e9,
        overloaded,
        toSend.size(),
        refused.isEmpty() ? "none" : refused);
    AccuracyReport report = new AccuracyReport(baseline, boroughs);
    Map<String, Integer> statuses = new TreeMap<>();
    for (int i = 0; i < trips.size(); i++) {
      if (ids.get(i) == null) {
        continue;
      }
      JsonObject ride = awaitAnswer(http, portal, ids.get(i));
      statuses.merge(ride.getString("status"), 1, Integer::sum);
      if (ride.containsKey("result") && !ride.isNull("result")) {
        report.add(trips.get(i), ride.getJsonObject("result"));
      }
    }
    if (tripsCsv != null) {
      report.writeTrips(tripsCsv);
    }
    System.out.println("answers: " + statuses);
    System.out.println();
    report.print(baseline.bounds(trips));
  }

  /** Sends the trips at {@code indices} at {@code rate} a second, at most 64 in flight. */
  private static List<CompletableFuture<HttpResponse<String>>> send(
      HttpClient http, String portal, List<Trip> trips, List<Integer> indices, int rate)
      throws InterruptedException {
    Semaphore inFlight = new Semaphore(64);
    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    long start = System.nanoTime();
    long period = 1_000_000_000L / rate;
    for (int k = 0; k < indices.size(); k++) {
      long wait = start + k * period - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      int i = indices.get(k);
      Trip t = trips.get(i);
      String body =
          String.format(
              Locale.ROOT,
              "{\"pickup\":{\"lat\":%.6f,\"lon\":%.6f},\"dropoff\":{\"lat\":%.6f,\"lon\":%.6f},"
                  + "\"passengers\":%d,\"pickupAt\":\"%s\"}",
              t.pickupLat(),
              t.pickupLon(),
              t.dropoffLat(),
              t.dropoffLon(),
              t.passengers(),
              t.pickupTime());
      inFlight.acquire();
      sent.add(
          http.sendAsync(
                  HttpRequest.newBuilder(URI.create(portal + "api/rides"))
                      .header("Content-Type", "application/json")
                      // Each trip is its own rider, as in the load generator: the portal's
                      // per-rider rate limit must not turn the evaluation into 429s.
                      .header("X-Forwarded-For", RideRequests.riderAddress(i))
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .whenComplete((r, e) -> inFlight.release()));
    }
    return sent;
  }

  private static JsonObject awaitAnswer(HttpClient http, String portal, String id)
      throws Exception {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (true) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(portal + "api/rides/" + id)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      JsonObject ride = json(r.body());
      String status = ride.getString("status", "");
      if (!status.equals("QUEUED") && !status.equals("PENDING")) {
        return ride;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("ride " + id + " got no answer in 120 s");
      }
      Thread.sleep(200);
    }
  }

  /**
   * The straight-line distance the baseline is fitted and evaluated on: at least 50 m, as it always
   * has been (the tables' own floor, {@link GreatCircle#MIN_TRIP_KM}, is the estimator's choice and
   * would change the baseline it is compared with).
   */
  static double straightKm(Trip t) {
    return Math.max(
        BASELINE_MIN_KM,
        GreatCircle.km(t.pickupLat(), t.pickupLon(), t.dropoffLat(), t.dropoffLon()));
  }

  private static JsonObject json(String s) {
    return Json.createReader(new StringReader(s)).readObject();
  }
}
