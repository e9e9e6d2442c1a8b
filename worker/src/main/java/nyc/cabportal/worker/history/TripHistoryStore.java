package nyc.cabportal.worker.history;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nyc.cabportal.worker.contract.ContractNames;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads data prep's tables from MongoDB into a {@link TripHistory}: at start, and again whenever
 * {@code dataprep_state} names a newer run, so a new data prep run reaches a running worker.
 */
public final class TripHistoryStore {

  private static final Logger LOG = LoggerFactory.getLogger(TripHistoryStore.class);

  private final MongoDatabase db;
  private Object warnedVersion = "none";

  public TripHistoryStore(MongoDatabase db) {
    this.db = db;
  }

  /**
   * The run that built the serving tables, or null if none has yet, or if they are of another shape
   * than this worker reads (built by an older data prep: it rebuilds them on its next run).
   */
  public String builtBy() {
    Document state =
        db.getCollection(ContractNames.DATAPREP_STATE).find(Filters.eq("_id", "serving")).first();
    if (state == null) {
      return null;
    }
    Object version = state.get("version");
    if (!Integer.valueOf(ContractNames.SERVING_TABLES_VERSION).equals(version)) {
      if (!Objects.equals(version, warnedVersion)) {
        LOG.warn(
            "the trip tables were built by data prep run {} in table version {}, this worker reads"
                + " version {}: estimating without them until data prep rebuilds them (any run"
                + " does)",
            state.getString("builtBy"),
            version,
            ContractNames.SERVING_TABLES_VERSION);
        warnedVersion = version;
      }
      return null;
    }
    return state.getString("builtBy");
  }

  /** The tables as built by {@code builtBy}. */
  public TripHistory load(String builtBy) {
    Map<String, TripStats> estimates = new HashMap<>();
    for (Document d : db.getCollection(ContractNames.TRIP_ESTIMATES).find()) {
      estimates.put(d.getString("_id"), stats(d));
    }
    Map<String, ModelGroup> model = new HashMap<>();
    for (Document d : db.getCollection(ContractNames.ESTIMATE_MODEL).find()) {
      model.put(d.getString("_id"), group(d));
    }
    DropoffPoints points = dropoffPoints();
    return new TripHistory(builtBy, estimates, model, dropoffs(points), points);
  }

  /** The real points where trips ended, by res-8 cell. */
  private DropoffPoints dropoffPoints() {
    Map<Long, double[]> byCell = new HashMap<>();
    for (Document d : db.getCollection(ContractNames.DROPOFF_POINTS).find()) {
      addPoints(d, byCell);
    }
    return new DropoffPoints(byCell);
  }

  /** Adds the points of one {@code dropoff_points} document (a cell) to {@code byCell}. */
  static void addPoints(Document d, Map<Long, double[]> byCell) {
    List<?> points = d.getList("points", List.class);
    double[] flat = new double[points.size() * 2];
    int i = 0;
    for (Object p : points) {
      List<?> latLon = (List<?>) p;
      flat[i++] = ((Number) latLon.get(0)).doubleValue();
      flat[i++] = ((Number) latLon.get(1)).doubleValue();
    }
    byCell.put(Long.parseUnsignedLong(d.getString("_id"), 16), flat);
  }

  /**
   * Dropoff cells by hour of week, all taxi sources summed; only cells with real points to stand at
   * when there are any (a cell whose centre is in the river or New Jersey has none).
   */
  private Map<Integer, TripHistory.WeightedCells> dropoffs(DropoffPoints points) {
    Map<Integer, TreeMap<Long, Long>> byHour = new HashMap<>();
    for (Document d :
        db.getCollection(ContractNames.HEATMAP_CELLS)
            .find(Filters.and(Filters.eq("kind", "dropoff"), Filters.eq("res", 8)))) {
      String how = d.getString("hourOfWeek");
      if (how == null || how.equals("all")) {
        continue;
      }
      addCells(d, byHour.computeIfAbsent(Integer.valueOf(how), k -> new TreeMap<>()));
    }
    if (!points.isEmpty()) {
      byHour.values().forEach(cells -> cells.keySet().removeIf(c -> points.count(c) == 0));
      byHour.values().removeIf(Map::isEmpty);
    }
    Map<Integer, TripHistory.WeightedCells> out = new HashMap<>();
    byHour.forEach(
        (hour, cells) -> {
          long[] ids = new long[cells.size()];
          long[] cumulative = new long[cells.size()];
          int i = 0;
          long sum = 0;
          for (Map.Entry<Long, Long> e : cells.entrySet()) {
            sum += e.getValue();
            ids[i] = e.getKey();
            cumulative[i++] = sum;
          }
          out.put(hour, new TripHistory.WeightedCells(ids, cumulative));
        });
    return out;
  }

  /** One {@code trip_estimates} document: the trips of one group of cells and hours. */
  static TripStats stats(Document d) {
    Document duration = d.get("durationS", Document.class);
    Document vsCity = d.get("vsCity", Document.class);
    return new TripStats(
        number(d, "trips").longValue(),
        number(duration, "p50").doubleValue(),
        number(d, "speedKmhP50").doubleValue(),
        number(vsCity, "fareP10").doubleValue(),
        number(vsCity, "fareP50").doubleValue(),
        number(vsCity, "fareP90").doubleValue(),
        number(vsCity, "fareMean").doubleValue(),
        number(vsCity, "durationLogP10").doubleValue(),
        number(vsCity, "durationLogP50").doubleValue(),
        number(vsCity, "durationLogP90").doubleValue(),
        number(vsCity, "detourP50").doubleValue());
  }

  /** One {@code estimate_model} document: the lines fitted on one group of trips. */
  static ModelGroup group(Document d) {
    Document fare = d.get("fare", Document.class);
    Document km = d.get("distanceKm", Document.class);
    Document duration = d.get("durationS", Document.class);
    return new ModelGroup(
        label(d),
        words(d),
        number(d, "trips").longValue(),
        number(fare, "intercept").doubleValue(),
        number(fare, "perKm").doubleValue(),
        number(fare, "residualSd").doubleValue(),
        number(fare, "sdPerRootFare").doubleValue(),
        number(km, "intercept").doubleValue(),
        number(km, "perKm").doubleValue(),
        number(duration, "logIntercept").doubleValue(),
        number(duration, "logKmSlope").doubleValue(),
        number(duration, "logResidualSd").doubleValue());
  }

  /** Adds the cells of one {@code heatmap_cells} document (cell → trips) to {@code cells}. */
  static void addCells(Document d, Map<Long, Long> cells) {
    for (Document c : d.getList("cells", Document.class)) {
      cells.merge(
          Long.parseUnsignedLong(c.getString("h3"), 16), number(c, "trips").longValue(), Long::sum);
    }
  }

  /** "Manhattan to Queens, weekday 18-21h", "all boroughs, all week". */
  static String label(Document d) {
    String o = d.getString("originBorough");
    String dest = d.getString("destinationBorough");
    String where = o.equals("any") ? "all boroughs" : o + " to " + dest;
    String from = d.getString("fromHour");
    String when =
        from.equals("any")
            ? "all week"
            : d.getString("dayType") + " " + from + "-" + (Integer.parseInt(from) + 3) + "h";
    return where + ", " + when;
  }

  /** "from Manhattan to Queens on weekdays, 6–9 PM", "across the city at any time of the week". */
  static String words(Document d) {
    String o = d.getString("originBorough");
    String where =
        o.equals("any")
            ? "across the city"
            : "from " + o + " to " + d.getString("destinationBorough");
    String from = d.getString("fromHour");
    return where
        + " "
        + (from.equals("any")
            ? PickupTime.words("any", 0, 24)
            : PickupTime.words(d.getString("dayType"), Integer.parseInt(from), 3));
  }

  private static Number number(Document d, String key) {
    if (d == null) {
      throw new IllegalStateException("a data prep table document lacks the part holding " + key);
    }
    Object v = d.get(key);
    if (!(v instanceof Number n)) {
      throw new IllegalStateException(
          "data prep table document " + d.get("_id") + " has no number " + key + ": " + v);
    }
    return n;
  }
}
