package nyc.cabportal.worker.history;

import java.util.Locale;
import java.util.function.Supplier;
import nyc.cabportal.trips.Tariff2014;
import nyc.cabportal.trips.geo.Boroughs;
import nyc.cabportal.trips.geo.GreatCircle;
import nyc.cabportal.trips.geo.H3Cells;
import nyc.cabportal.worker.estimate.TripEstimate;
import nyc.cabportal.worker.estimate.TripEstimator;
import nyc.cabportal.worker.estimate.TripQuery;

/**
 * Estimates a trip from similar past trips: the finest level of data prep's estimation tables that
 * holds enough trips from the pickup's cell to the dropoff's cell in the pickup's time bucket, else
 * the model fitted on all trips (straight-line distance, borough pair, time of day), else — before
 * data prep has built any table — the interim meter formula.
 *
 * <p>Similar trips inform the estimate through how they compare with the city-wide lines on the
 * straight-line distance, not through their plain median: the trips between two res-7 cells run
 * from 1 to 6 km, and their median fare fits a 2 km request badly, while "these trips cost 1.15×
 * the city line and take 1.3× as long" carries over to any distance. Measured on held-out trips
 * (BENCHMARKS.md), plain medians were worse than a distance-only line; ratios are better.
 */
public final class HistoricalEstimator implements TripEstimator {

  /** The levels of the estimation tables, finest first: H3 resolution and hours per bucket. */
  static final int[][] LEVELS = {{8, 1}, {7, 3}, {6, 6}, {6, 24}};

  /** p10 and p90 of a normal residual are this many standard deviations from its median. */
  private static final double Z90 = 1.2816;

  /**
   * How many standard deviations of log duration about its line lie between the median and the p10
   * or p90: not a normal's {@value #Z90}, as a few trips that sit in traffic for an hour widen the
   * deviation more than the middle 80 % (the 2014 training months' trips: 0.95–1.17 by distance,
   * 1.00 overall). With 1.2816 the model's time ranges held 90 % of held-out times (BENCHMARKS.md).
   */
  static final double TIME_Z90 = 1.0;

  /** A fare ratio is never taken below this when its logarithm is needed. */
  private static final double MIN_RATIO = 1e-3;

  /** How many trips' worth of weight the coarser levels' view keeps against a finer level's. */
  static final int PRIOR_TRIPS = 3;

  /**
   * The same for the shape of a level's fares — how far their mean lies above their median, and
   * their p10 and p90 about it: a mean of six trips is mostly whether one of them took a long
   * detour, and the p10 and p90 of three trips are their lowest and highest (such a range holds
   * about half of the fares). So the shape is pulled toward the coarser levels' by more trips
   * (BENCHMARKS.md: for the skew 30 and 100 score within a cent or two of each other; with 3 the
   * ranges of 3–5 trips held 73–76 % of held-out fares, with 30 the ranges held 82 %).
   */
  static final int SHAPE_PRIOR_TRIPS = 30;

  private final Supplier<TripHistory> history;
  private final Boroughs boroughs;
  private final TripEstimator beforeHistory;

  public HistoricalEstimator(
      Supplier<TripHistory> history, Boroughs boroughs, TripEstimator beforeHistory) {
    this.history = history;
    this.boroughs = boroughs;
    this.beforeHistory = beforeHistory;
  }

  @Override
  public TripEstimate estimate(TripQuery q) {
    TripHistory h = history.get();
    if (h.isEmpty()) {
      return beforeHistory.estimate(q);
    }
    PickupTime t = PickupTime.of(q.pickupAt());
    long origin = H3Cells.cell(q.pickupLat(), q.pickupLon());
    long destination = H3Cells.cell(q.dropoffLat(), q.dropoffLon());
    // As the tables measure a trip: the lines and ratios are of distances of at least MIN_TRIP_KM.
    double km = GreatCircle.tripKm(q.pickupLat(), q.pickupLon(), q.dropoffLat(), q.dropoffLon());
    ModelGroup city = h.model().get(TripHistory.modelKey("any", "any", "any", "any"));
    ModelGroup g = modelGroup(h, origin, destination, t);
    if (city != null) {
      TripEstimate fromHistory = fromHistory(h, city, g, origin, destination, t, km);
      if (fromHistory != null) {
        return fromHistory;
      }
    }
    if (g == null) {
      return beforeHistory.estimate(q);
    }
    double fare = Math.max(Tariff2014.FLAG_DROP, g.fare(km));
    int seconds = (int) Math.round(g.durationSeconds(km));
    double roadKm = TripEstimate.cents(g.roadKm(km));
    String from =
        String.format(Locale.ROOT, "a line fitted to %,d past trips %s", g.trips(), g.words());
    // A spread whose variance grows with the fare: the model prices the longest trips, for which
    // one in dollars fitted mostly on short ones was too narrow, one in proportion to the fare too
    // wide (BENCHMARKS.md).
    double spread = Z90 * g.fareSdPerRootFare() * Math.sqrt(fare);
    double timeSpread = TIME_Z90 * g.durationLogResidualSd();
    return new TripEstimate(
        TripEstimate.cents(Math.max(Tariff2014.FLAG_DROP, fare - spread)),
        TripEstimate.cents(fare),
        TripEstimate.cents(fare + spread),
        TripEstimate.cents(fare), // a least-squares line: its value is the expected fare
        seconds,
        (int) Math.round(seconds * Math.exp(-timeSpread)),
        (int) Math.round(seconds * Math.exp(timeSpread)),
        roadKm,
        "model",
        g.trips(),
        "model fitted on " + g.trips() + " trips: " + g.label(),
        from,
        TripEstimate.meterWords(roadKm, seconds, TripEstimate.cents(fare), from));
  }

  /**
   * The estimate from the levels that hold similar trips, coarse to fine, each level's median
   * ratios pulled toward the coarser ones' by its number of trips, n ÷ (n + {@value #PRIOR_TRIPS}):
   * three trips at res 8 say less than forty at res 6 (measured on held-out trips: BENCHMARKS.md).
   * The coarsest view is what the model says without similar trips ({@code prior}: the line of the
   * borough pair and hours, as a ratio to the city line), so that an estimate moves from the
   * model's toward its cells' as they hold more trips rather than from the city-wide line.
   *
   * <p>The fares' shape is pulled by {@value #SHAPE_PRIOR_TRIPS} trips: the range, from the city
   * line's spread toward each level's p10 and p90 about its median, and the skew, from none toward
   * each level's mean fare ratio ÷ its median. The expected fare is the median × the skew: the
   * typical fare where these trips go, and how much their right tail adds on average, which an RMSE
   * scores (a level's plain mean ratio, pulled like the median, was noisier: BENCHMARKS.md). The
   * trip time's range is a shape too: from the city line's residual spread toward each level's p10
   * and p90 of log duration about its median. The basis names the finest level. Null when no level
   * holds trips.
   */
  private static TripEstimate fromHistory(
      TripHistory h,
      ModelGroup city,
      ModelGroup prior,
      long origin,
      long destination,
      PickupTime t,
      double km) {
    double line = Math.max(Tariff2014.FLAG_DROP, city.fare(km));
    // The ratios start from the model's lines (the city's, when no finer group has enough trips).
    double fareRatio = Math.max(Tariff2014.FLAG_DROP, prior.fare(km)) / line;
    // How far the mean lies above the median: the fares' shape, which needs more trips than their
    // place; 1 (no skew) before any level speaks.
    double skew = 1;
    double durationLog = Math.log(prior.durationSeconds(km) / city.durationSeconds(km));
    double detour = prior.roadKm(km) / km;
    // The range as log distances below and above the median, starting from the city line's own
    // spread at this distance and pulled toward each level's as a shape, like the skew.
    double below = -Z90 * city.fareResidualSd() / line;
    double above = -below;
    // The same for the trip time, in log seconds about its median.
    double timeBelow = -TIME_Z90 * city.durationLogResidualSd();
    double timeAbove = -timeBelow;
    TripStats finest = null;
    int[] finestLevel = null;
    for (int i = LEVELS.length - 1; i >= 0; i--) {
      int[] level = LEVELS[i];
      TripStats s =
          h.estimates().get(TripHistory.estimateKey(level[0], level[1], origin, destination, t));
      if (s == null) {
        continue;
      }
      double w = s.trips() / (double) (s.trips() + PRIOR_TRIPS);
      double median = Math.max(MIN_RATIO, s.fareRatioP50());
      fareRatio += (s.fareRatioP50() - fareRatio) * w;
      double shapeWeight = s.trips() / (double) (s.trips() + SHAPE_PRIOR_TRIPS);
      skew += (s.fareRatioMean() / median - skew) * shapeWeight;
      durationLog += (s.durationLogP50() - durationLog) * w;
      detour += (s.detourP50() - detour) * w;
      below += (Math.log(Math.max(MIN_RATIO, s.fareRatioP10()) / median) - below) * shapeWeight;
      above += (Math.log(Math.max(MIN_RATIO, s.fareRatioP90()) / median) - above) * shapeWeight;
      timeBelow += (s.durationLogP10() - s.durationLogP50() - timeBelow) * shapeWeight;
      timeAbove += (s.durationLogP90() - s.durationLogP50() - timeAbove) * shapeWeight;
      finest = s;
      finestLevel = level;
    }
    if (finest == null) {
      return null;
    }
    double p50 = Math.max(Tariff2014.FLAG_DROP, line * fareRatio);
    int seconds = (int) Math.round(city.durationSeconds(km) * Math.exp(durationLog));
    double roadKm = TripEstimate.cents(Math.max(km, km * detour));
    String from =
        String.format(
            Locale.ROOT,
            "%,d past %s between these areas %s",
            finest.trips(),
            finest.trips() == 1 ? "trip" : "trips",
            t.words(finestLevel[1]));
    return new TripEstimate(
        TripEstimate.cents(Math.max(Tariff2014.FLAG_DROP, p50 * Math.exp(Math.min(0, below)))),
        TripEstimate.cents(p50),
        TripEstimate.cents(p50 * Math.exp(Math.max(0, above))),
        TripEstimate.cents(Math.max(Tariff2014.FLAG_DROP, p50 * skew)),
        seconds,
        (int) Math.round(seconds * Math.exp(Math.min(0, timeBelow))),
        (int) Math.round(seconds * Math.exp(Math.max(0, timeAbove))),
        roadKm,
        "history",
        finest.trips(),
        "H3 res " + finestLevel[0] + ", " + t.label(finestLevel[1]),
        from,
        TripEstimate.meterWords(roadKm, seconds, TripEstimate.cents(p50), from));
  }

  /** The finest model group with enough trips: borough pair and time, pair, time, everything. */
  private ModelGroup modelGroup(TripHistory h, long origin, long destination, PickupTime t) {
    String ob = boroughs.ofCell(H3Cells.parent(origin, 8));
    String db = boroughs.ofCell(H3Cells.parent(destination, 8));
    String from = String.valueOf(t.fromHour(3));
    for (String key :
        new String[] {
          TripHistory.modelKey(ob, db, t.dayType(), from),
          TripHistory.modelKey(ob, db, "any", "any"),
          TripHistory.modelKey("any", "any", t.dayType(), from),
          TripHistory.modelKey("any", "any", "any", "any")
        }) {
      ModelGroup g = h.model().get(key);
      if (g != null) {
        return g;
      }
    }
    return null;
  }
}
