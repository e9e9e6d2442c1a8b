package nyc.cabportal.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nyc.cabportal.bench.EstimateErrors.Estimate;
import nyc.cabportal.trips.Trip;
import nyc.cabportal.trips.geo.Boroughs;

/**
 * The scores of {@link AccuracyBenchmark}: each answered trip's estimate beside the distance-only
 * baseline's, overall and by group (basis, source, pickup borough, rate code), the table and the
 * goals of issue 19 — a group worse than the baseline judged against its own sampling noise — and
 * every trip as a CSV line for a closer look.
 */
final class AccuracyReport {

  /** The share of trips with the largest fare errors that the tail line sets apart. */
  private static final double TAIL = 0.01;

  /** The groups, in the table's order; the rate code is known only after the trip. */
  private static final List<String> GROUPS =
      List.of("basis", "source", "pickup borough", "rate code");

  /** How many of {@link #GROUPS} must never be worse than the baseline. */
  private static final int JUDGED_GROUPS = 3;

  /** The columns of {@link #writeTrips}: each answered trip, its estimate and the baseline's. */
  static final String TRIPS_HEADER =
      "source,pickup_at,pickup_borough,rate_code,straight_km,metered_km,fare,fare_p10,fare_p50,"
          + "fare_p90,fare_mean,baseline_fare,duration_s,estimate_s,baseline_s,basis_level,"
          + "basis_trips,estimate_s_p10,estimate_s_p90";

  private final DistanceBaseline baseline;
  private final Boroughs boroughs;
  private final EstimateErrors all = new EstimateErrors();
  private final EstimateErrors base = new EstimateErrors();

  /** By group kind, then group: ours ([0]) and the baseline's ([1]) on the same trips. */
  private final List<Map<String, EstimateErrors[]>> groups = new ArrayList<>();

  private final List<String> rows = new ArrayList<>();

  AccuracyReport(DistanceBaseline baseline, Boroughs boroughs) {
    this.baseline = baseline;
    this.boroughs = boroughs;
    GROUPS.forEach(g -> groups.add(new TreeMap<>()));
  }

  /** Scores one trip against the {@code result} the portal answered for it. */
  void add(Trip t, JsonObject result) {
    JsonObject f = result.getJsonObject("fare");
    double p50 = f.getJsonNumber("p50").doubleValue();
    double p10 = f.getJsonNumber("p10").doubleValue();
    double p90 = f.getJsonNumber("p90").doubleValue();
    // The expected fare is what an RMSE scores.
    double fare = f.getJsonNumber("mean").doubleValue();
    double duration = result.getJsonNumber("durationSeconds").doubleValue();
    // The trip time's range, where the worker wrote one.
    JsonObject time = result.getJsonObject("duration");
    double timeP10 = time == null ? Double.NaN : time.getJsonNumber("p10").doubleValue();
    double timeP90 = time == null ? Double.NaN : time.getJsonNumber("p90").doubleValue();
    double km = AccuracyBenchmark.straightKm(t);
    Estimate ours = new Estimate(fare, p10, p50, p90, duration, timeP10, timeP90);
    Estimate line = Estimate.point(baseline.fare(km), baseline.duration(km));
    all.add(ours, t);
    base.add(line, t);
    JsonObject basis = result.getJsonObject("basis");
    List<String> keys =
        List.of(
            level(basis),
            t.source().name().toLowerCase(Locale.ROOT),
            boroughs.of(t.pickupLat(), t.pickupLon()),
            rateCode(t.rateCode()));
    rows.add(
        String.format(
            Locale.ROOT,
            "%s,%s,%s,%s,%.3f,%.3f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%d,%.0f,%.0f,%s,%d,%.0f,%.0f",
            keys.get(1),
            t.pickupTime(),
            keys.get(2),
            t.rateCode(),
            km,
            t.distanceKm() == null ? Double.NaN : t.distanceKm(),
            t.fare(),
            p10,
            p50,
            p90,
            fare,
            line.fare(),
            t.durationSeconds(),
            duration,
            line.duration(),
            keys.get(0),
            basis.getInt("trips", 0),
            timeP10,
            timeP90));
    for (int g = 0; g < groups.size(); g++) {
      EstimateErrors[] e =
          groups
              .get(g)
              .computeIfAbsent(
                  keys.get(g),
                  k -> new EstimateErrors[] {new EstimateErrors(), new EstimateErrors()});
      e[0].add(ours, t);
      e[1].add(line, t);
    }
  }

  /** Every trip scored, one CSV line each under {@link #TRIPS_HEADER}. */
  void writeTrips(Path file) throws IOException {
    List<String> lines = new ArrayList<>(rows.size() + 1);
    lines.add(TRIPS_HEADER);
    lines.addAll(rows);
    Files.write(file, lines);
  }

  /** Prints the table, with {@code bounds} (rows of their own) under it, and the goals' verdict. */
  void print(List<String> bounds) {
    System.out.println(EstimateErrors.header());
    System.out.println(all.row("**Cab Portal (all)**") + base.cells());
    Set<String> worse = new LinkedHashSet<>();
    Set<String> worseBeyondNoise = new LinkedHashSet<>();
    List<String> howMuch = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      String name = GROUPS.get(g);
      boolean judged = g < JUDGED_GROUPS;
      groups
          .get(g)
          .forEach(
              (k, e) -> {
                System.out.println(e[0].row("by " + name + ": " + k) + e[1].cells());
                if (judged) {
                  judge(name + " " + k, e, worse, worseBeyondNoise, howMuch);
                }
              });
    }
    System.out.println(base.row("distance-only baseline") + " | | |");
    for (String bound : bounds) {
      System.out.println(bound + " | | |");
    }
    System.out.println();
    System.out.println(
        "fare RMSE: of the expected fare (fare.mean); the rider's typical fare (fare.p50, a median)"
            + " is scored beside it");
    System.out.println();
    System.out.println(
        "where the fare's squared error is: Cab Portal "
            + all.tail(TAIL)
            + "; the baseline "
            + base.tail(TAIL));
    for (String line : howMuch) {
      System.out.println("worse than the baseline on the same trips: " + line);
    }
    double coverage = all.coverage();
    double timeCoverage = all.timeCoverage();
    System.out.println(
        "goals (issue 19): fare RMSE ≤ 3.00 USD, duration RMSLE ≤ 0.38, p10–p90 holds 75–85 % (the"
            + " fare's, and the trip time's), never worse than the baseline by group — "
            + (all.fareRmse() <= 3.0 ? "fare met" : "fare NOT met")
            + ", "
            + (all.durationRmsle() <= 0.38 ? "duration met" : "duration NOT met")
            + ", "
            + (coverage >= 0.75 && coverage <= 0.85 ? "range met" : "range NOT met")
            + ", "
            + (timeCoverage >= 0.75 && timeCoverage <= 0.85
                ? "time range met"
                : "time range NOT met")
            + ", "
            + (worse.isEmpty()
                ? "no group worse"
                : worseBeyondNoise.isEmpty()
                    ? "no group worse beyond its sampling noise (worse by its point figure: "
                        + worse
                        + ")"
                    : "worse than the baseline beyond sampling noise: " + worseBeyondNoise));
  }

  /**
   * A group of a hundred trips can come out worse than the baseline by one trip's error: where its
   * fare or duration is worse by the point figure, the paired bootstrap says whether the difference
   * is more than its sampling noise.
   */
  private static void judge(
      String group,
      EstimateErrors[] e,
      Set<String> worse,
      Set<String> worseBeyondNoise,
      List<String> howMuch) {
    for (boolean fare : new boolean[] {true, false}) {
      boolean isWorse =
          fare ? e[0].fareRmse() > e[1].fareRmse() : e[0].durationRmsle() > e[1].durationRmsle();
      if (!isWorse) {
        continue;
      }
      EstimateErrors.Difference d = e[0].minus(e[1], fare);
      worse.add(group);
      howMuch.add(
          group
              + (fare
                  ? ", fare RMSE: " + d.words("$", "%.2f")
                  : ", duration RMSLE: " + d.words("", "%.3f")));
      if (d.significant()) {
        worseBeyondNoise.add(group);
      }
    }
  }

  /** The rate code in words: what priced the trip (known only after it). */
  static String rateCode(Integer code) {
    return switch (code == null ? 0 : code) {
      case 1 -> "1 meter";
      case 2 -> "2 JFK flat fare";
      case 3 -> "3 Newark";
      case 4 -> "4 beyond the city line";
      case 5 -> "5 negotiated";
      case 6 -> "6 group ride";
      default -> "unknown";
    };
  }

  /** "history H3 res 8", "history H3 res 6 all day", "model". */
  private static String level(JsonObject basis) {
    if (!basis.getString("method").equals("history")) {
      return basis.getString("method");
    }
    String level = basis.getString("level");
    return "history "
        + level.substring(0, level.indexOf(','))
        + (level.contains("all day") ? " all day" : "");
  }
}
