package nyc.cabportal.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import nyc.cabportal.stack.DataDirectory;
import nyc.cabportal.stack.EmbeddedStack;
import nyc.cabportal.stack.StackSettings;
import nyc.cabportal.trips.FileLayout;
import nyc.cabportal.trips.Trip;
import nyc.cabportal.trips.TripFileReader;
import nyc.cabportal.trips.TripFormat;
import nyc.cabportal.trips.geo.GreatCircle;
import nyc.cabportal.trips.input.InputFiles;

/**
 * The accuracy benchmark ({@code ./cabportal bench-accuracy}): how close the estimates come to real
 * trips they never saw. The shared Yellow sample is split by pickup date: trips before {@code
 * --split} (default 2014-08-01, so January–July) are the only trip data of a fresh embedded stack
 * (data prep builds its tables and model from them); each later trip (August–September) that data
 * prep's cleaning rules keep is sent through {@code POST /api/rides} with its real pickup time and
 * passengers, and its answer read back. Reports fare RMSE (p50 against the metered fare) and
 * duration RMSLE, overall and by the basis of the estimate, against a distance-only baseline
 * (least-squares lines of fare and of log duration on the straight-line distance, fitted on the
 * same training trips).
 */
public final class AccuracyBenchmark {

  private static final String SAMPLE = "yellow_tripdata_2014_sample_jan-sep.csv.gz";

  private AccuracyBenchmark() {}

  public static void main(String[] args) throws Exception {
    LocalDate split = LocalDate.parse("2014-08-01");
    int rate = 100;
    Path dir = Path.of("/tmp/cabportal-accuracy");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--split" -> split = LocalDate.parse(args[i + 1]);
        case "--rate" -> rate = Integer.parseInt(args[i + 1]);
        case "--dir" -> dir = Path.of(args[i + 1]);
        default -> {
          System.err.println(
              "usage: ./cabportal bench-accuracy [--split 2014-08-01] [--rate 100] [--dir DIR]");
          System.exit(2);
        }
      }
    }
    StackSettings base = StackSettings.fromEnvironment(StackSettings.findRoot(), System.getenv());
    Path sample = base.tripData().resolve(SAMPLE);
    DataDirectory.delete(dir);
    Path train = dir.resolve("train");
    Files.createDirectories(train);
    List<Trip> trainTrips = new ArrayList<>();
    List<Trip> evalTrips = new ArrayList<>();
    int[] rejected = {0};
    splitSample(sample, split, train.resolve("yellow_train.csv"), trainTrips, evalTrips, rejected);
    System.out.printf(
        Locale.ROOT,
        "accuracy benchmark: %s split at %s: %,d training trips (kept), %,d evaluation trips"
            + " (kept; %,d rows before or after the split rejected by data prep's rules)%n",
        sample.getFileName(),
        split,
        trainTrips.size(),
        evalTrips.size(),
        rejected[0]);
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
        base.withPorts(19380, 39392, 39393, 37397, dir.resolve("stack")).withTripData(train);
    try (EmbeddedStack stack = new EmbeddedStack(settings)) {
      long t = System.nanoTime();
      stack.startAll();
      System.out.printf(
          Locale.ROOT,
          "stack up with the training data in %.0f s%n",
          (System.nanoTime() - t) / 1e9);
      evaluate(settings.portalUrl(), evalTrips, rate, baseline);
    }
  }

  /** Writes the rows before {@code split} as a training file; parses the kept trips of both. */
  private static void splitSample(
      Path sample,
      LocalDate split,
      Path trainFile,
      List<Trip> trainTrips,
      List<Trip> evalTrips,
      int[] rejected)
      throws IOException {
    String header;
    try (BufferedReader in = InputFiles.open(sample)) {
      header = in.readLine();
    }
    FileLayout layout = TripFormat.detect(sample.toString(), header);
    try (TripFileReader in = new TripFileReader(InputFiles.open(sample), layout);
        Writer out = Files.newBufferedWriter(trainFile)) {
      out.write(header + "\n");
      for (TripFileReader.LineOutcome o = in.next(); o != null; o = in.next()) {
        if (o.trip() == null) {
          continue; // unparseable: no date to split by
        }
        boolean before = o.trip().pickupDate().isBefore(split);
        if (before) {
          out.write(o.raw() + "\n");
        }
        if (!o.kept()) {
          rejected[0]++;
        } else {
          (before ? trainTrips : evalTrips).add(o.trip());
        }
      }
    }
  }

  private static void evaluate(String portal, List<Trip> trips, int rate, DistanceBaseline baseline)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Semaphore inFlight = new Semaphore(64);
    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    long start = System.nanoTime();
    long period = 1_000_000_000L / rate;
    for (int i = 0; i < trips.size(); i++) {
      long wait = start + i * period - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
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
                      .header("X-Forwarded-For", RideLoad.riderAddress(i))
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .whenComplete((r, e) -> inFlight.release()));
    }
    List<String> ids = new ArrayList<>();
    Map<String, Integer> refused = new TreeMap<>();
    for (CompletableFuture<HttpResponse<String>> f : sent) {
      HttpResponse<String> r = f.get();
      if (r.statusCode() == 202) {
        ids.add(json(r.body()).getString("id"));
      } else {
        ids.add(null);
        refused.merge(r.statusCode() + " " + r.body(), 1, Integer::sum);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "sent %,d trips in %.1f s; refused: %s%n",
        trips.size(),
        (System.nanoTime() - start) / 1e9,
        refused.isEmpty() ? "none" : refused);
    EstimateErrors all = new EstimateErrors();
    EstimateErrors base = new EstimateErrors();
    Map<String, EstimateErrors> byBasis = new TreeMap<>();
    Map<String, EstimateErrors> baseByBasis = new TreeMap<>();
    Map<String, Integer> statuses = new TreeMap<>();
    for (int i = 0; i < trips.size(); i++) {
      if (ids.get(i) == null) {
        continue;
      }
      JsonObject ride = awaitAnswer(http, portal, ids.get(i));
      statuses.merge(ride.getString("status"), 1, Integer::sum);
      if (!ride.containsKey("result") || ride.isNull("result")) {
        continue;
      }
      JsonObject r = ride.getJsonObject("result");
      Trip t = trips.get(i);
      double fare = r.getJsonObject("fare").getJsonNumber("p50").doubleValue();
      double duration = r.getJsonNumber("durationSeconds").doubleValue();
      all.add(fare, t.fare(), duration, t.durationSeconds());
      byBasis
          .computeIfAbsent(level(r.getJsonObject("basis")), k -> new EstimateErrors())
          .add(fare, t.fare(), duration, t.durationSeconds());
      double km = straightKm(t);
      base.add(baseline.fare(km), t.fare(), baseline.duration(km), t.durationSeconds());
      baseByBasis
          .computeIfAbsent(level(r.getJsonObject("basis")), k -> new EstimateErrors())
          .add(baseline.fare(km), t.fare(), baseline.duration(km), t.durationSeconds());
    }
    System.out.println("answers: " + statuses);
    System.out.println();
    System.out.println(
        "| estimates | trips | fare RMSE (USD) | duration RMSLE |"
            + " baseline on the same trips: fare RMSE | duration RMSLE |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
    System.out.println(all.row("**Cab Portal (all)**") + base.cells());
    byBasis.forEach(
        (k, e) -> System.out.println(e.row("of which " + k) + baseByBasis.get(k).cells()));
    System.out.println(base.row("distance-only baseline") + " | |");
    for (String bound : baseline.bounds(trips)) {
      System.out.println(bound + " | |");
    }
    System.out.println();
    System.out.println(
        "goals: fare RMSE ≤ 3.00 USD, duration RMSLE ≤ 0.35 — "
            + (all.fareRmse() <= 3.0 ? "fare met" : "fare NOT met")
            + ", "
            + (all.durationRmsle() <= 0.35 ? "duration met" : "duration NOT met"));
  }

  /** "history H3 res 8 (1h)", "history H3 res 6 (all day)", "model". */
  private static String level(JsonObject basis) {
    if (!basis.getString("method").equals("history")) {
      return basis.getString("method");
    }
    String detail = basis.getString("detail");
    return "history "
        + detail.substring(0, detail.indexOf(','))
        + (detail.contains("all day") ? " all day" : "");
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

  /** As data prep's tables measure it. */
  static double straightKm(Trip t) {
    return GreatCircle.tripKm(t.pickupLat(), t.pickupLon(), t.dropoffLat(), t.dropoffLon());
  }

  private static JsonObject json(String s) {
    return Json.createReader(new StringReader(s)).readObject();
  }
}
