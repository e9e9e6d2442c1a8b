package nyc.cabportal.bench.jobs;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nyc.cabportal.trips.FileLayout;
import nyc.cabportal.trips.Trip;
import nyc.cabportal.trips.TripFileReader;
import nyc.cabportal.trips.TripFormat;
import nyc.cabportal.trips.geo.H3Cells;
import nyc.cabportal.trips.input.InputFiles;
import nyc.cabportal.worker.contract.DecodedRequest;
import nyc.cabportal.worker.contract.ResultStatus;
import nyc.cabportal.worker.dispatch.Dispatcher;
import nyc.cabportal.worker.estimate.InterimMeterEstimator;
import nyc.cabportal.worker.fleet.Cab;
import nyc.cabportal.worker.fleet.Fleet;
import nyc.cabportal.worker.history.TripHistory;
import nyc.cabportal.worker.matching.BatchMatcher;

/**
 * The matching's own cost, without Kafka, Spark or the store ({@code ./cabportal bench-matching}):
 * a fleet placed at the dropoffs of real Yellow trips, micro-batches of real Yellow pickups, and
 * the time {@link Dispatcher#decide} takes per batch (estimates with the interim formula, so that
 * what is timed is the matching) — how many requests per second one core of the worker could match.
 *
 * <pre>java -cp bench/target/classes:worker/target/classes:… \
 *   nyc.cabportal.bench.jobs.MatchingBenchmark SAMPLE.csv.gz [FLEET] [BATCHES]
 * </pre>
 */
public final class MatchingBenchmark {

  private MatchingBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path sample = Path.of(args[0]);
    int fleetSize = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    int[] batchSizes =
        args.length > 2
            ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
            : new int[] {200, 1000, 2000, 5000};
    List<Trip> trips = trips(sample);
    Random random = new Random(1);
    System.out.printf(
        Locale.ROOT,
        "matching benchmark: %,d real Yellow trips; fleet of %,d cabs at real dropoffs; %d cores;"
            + " 5 km radius, 8 candidates per ride%n",
        trips.size(),
        fleetSize,
        Runtime.getRuntime().availableProcessors());
    System.out.println(
        "| rides per batch | batches | decide ms p50 | decide ms max | rides/s (one thread) |"
            + " dispatched |");
    System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: |");
    Dispatcher dispatcher =
        new Dispatcher(new InterimMeterEstimator(), () -> TripHistory.NONE, new BatchMatcher(5, 8));
    ZonedDateTime now = ZonedDateTime.parse("2026-11-21T14:00:00Z");
    for (int size : batchSizes) {
      int rounds = Math.max(5, 20_000 / size);
      List<Double> ms = new ArrayList<>();
      long dispatched = 0;
      for (int round = -3; round < rounds; round++) { // three rounds to warm up
        Fleet fleet = new Fleet(fleet(trips, fleetSize, random));
        List<DecodedRequest> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          batch.add(request("r" + round + "-" + i, trips.get(random.nextInt(trips.size()))));
        }
        long t = System.nanoTime();
        Dispatcher.Decisions d = dispatcher.decide(batch, now, id -> true, fleet);
        double elapsed = (System.nanoTime() - t) / 1e6;
        if (round >= 0) {
          ms.add(elapsed);
          dispatched +=
              d.outcomes().stream().filter(o -> o.status().equals(ResultStatus.DISPATCHED)).count();
        }
      }
      ms.sort(Double::compare);
      double p50 = ms.get(ms.size() / 2);
      System.out.printf(
          Locale.ROOT,
          "| %,d | %d | %.1f | %.1f | %,.0f | %.0f %% |%n",
          size,
          ms.size(),
          p50,
          ms.get(ms.size() - 1),
          size / p50 * 1000,
          100.0 * dispatched / ((long) size * ms.size()));
    }
  }

  private static List<Cab> fleet(List<Trip> trips, int size, Random random) {
    List<Cab> cabs = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Trip t = trips.get(random.nextInt(trips.size()));
      cabs.add(
          new Cab(
              String.format("cab-%05d", i),
              i % 7 == 6 ? 6 : 4,
              t.dropoffLat(),
              t.dropoffLon(),
              H3Cells.cell(t.dropoffLat(), t.dropoffLon()),
              0,
              null));
    }
    return cabs;
  }

  private static DecodedRequest request(String id, Trip t) {
    DecodedRequest r = new DecodedRequest();
    r.setId(id);
    r.setPickupLat(t.pickupLat());
    r.setPickupLon(t.pickupLon());
    r.setDropoffLat(t.dropoffLat());
    r.setDropoffLon(t.dropoffLon());
    r.setPassengers(t.passengers());
    return r;
  }

  /** The sample's trips that data prep keeps. */
  private static List<Trip> trips(Path sample) throws Exception {
    FileLayout layout;
    try (BufferedReader in = InputFiles.open(sample)) {
      layout = TripFormat.detect(sample.toString(), in.readLine());
    }
    List<Trip> out = new ArrayList<>();
    try (TripFileReader in = new TripFileReader(InputFiles.open(sample), layout)) {
      for (TripFileReader.LineOutcome o = in.next(); o != null; o = in.next()) {
        if (o.kept()) {
          out.add(o.trip());
        }
      }
    }
    return out;
  }
}
