package nyc.cabportal.infrastructure.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import nyc.cabportal.domain.tripdata.CellTrips;
import nyc.cabportal.domain.tripdata.DailyHistogram;
import nyc.cabportal.domain.tripdata.DailyPayments;
import nyc.cabportal.domain.tripdata.DailyPickupAreas;
import nyc.cabportal.domain.tripdata.DailyTrips;
import nyc.cabportal.domain.tripdata.HeatmapQuery;
import nyc.cabportal.domain.tripdata.HourlyTrips;
import nyc.cabportal.domain.tripdata.TripSource;
import nyc.cabportal.domain.tripdata.TripTables;
import org.bson.Document;

/**
 * Data prep's serving tables in MongoDB (the layouts of {@code contract/examples/serving/}), and
 * what the admin pages computed from them, kept until data prep builds them again. The tables
 * change only when a data prep run rebuilds them, which it records in {@code dataprep_state}
 * ({@code builtBy}); that one small document is read at most every {@value #CHECK_SECONDS} s, so a
 * dashboard served again costs a map lookup, and a new run shows within seconds on every pod.
 *
 * <p>The per-day tables of a year are a few thousand small documents: each is read whole once per
 * build of the tables and kept, so a dashboard filters them in memory instead of asking the store
 * for each new date range or source. Rows of a source this portal does not know are skipped.
 */
public final class MongoTripTables implements TripTables {

  static final long CHECK_SECONDS = 5;
  private static final int MAX_ENTRIES = 512;

  private final MongoDatabase db;
  private final Clock clock;
  private final ConcurrentHashMap<String, Object> values = new ConcurrentHashMap<>();
  private volatile String builtBy;
  private volatile Instant checkedAt = Instant.MIN;

  public MongoTripTables(MongoDatabase db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T keep(String key, Supplier<T> compute) {
    checkVersion();
    Object v = values.get(key);
    if (v == null) {
      v = compute.get();
      if (values.size() >= MAX_ENTRIES) {
        values.clear();
      }
      values.put(key, v);
    }
    return (T) v;
  }

  @Override
  public List<DailyTrips> dailyTrips() {
    return all(SharedCollections.VOLUME_DAILY, MongoTripTables::dailyTrips);
  }

  @Override
  public List<HourlyTrips> hourlyTrips() {
    return all(SharedCollections.VOLUME_HOURLY, MongoTripTables::hourlyTrips);
  }

  @Override
  public List<DailyHistogram> histograms() {
    return all(SharedCollections.TRIP_HISTOGRAMS, MongoTripTables::histogram);
  }

  @Override
  public List<DailyPayments> payments() {
    return all(SharedCollections.PAYMENT_DAILY, MongoTripTables::payments);
  }

  @Override
  public List<DailyPickupAreas> pickupAreas() {
    return all(SharedCollections.PICKUP_AREAS_DAILY, MongoTripTables::pickupAreas);
  }

  @Override
  public List<CellTrips> heatmapCells(HeatmapQuery frame) {
    // One lookup by _id per source, side by side: the store finds each by its key.
    List<CompletionStage<List<Document>>> pending = new ArrayList<>();
    for (TripSource s : frame.sources()) {
      String id = s.key() + "|" + frame.kind() + "|r" + frame.res() + "|" + frame.hour();
      pending.add(
          PublisherStages.list(
              db.getCollection(SharedCollections.HEATMAP_CELLS).find(Filters.eq("_id", id))));
    }
    List<CellTrips> out = new ArrayList<>();
    pending.forEach(q -> PublisherStages.await(q).forEach(d -> out.addAll(cells(d))));
    return out;
  }

  @Override
  public List<String> everyHeatmapCell() {
    List<String> out = new ArrayList<>();
    for (Document d :
        PublisherStages.await(
            db.getCollection(SharedCollections.HEATMAP_CELLS)
                .find(Filters.eq("hourOfWeek", "all")))) {
      cells(d).forEach(c -> out.add(c.h3()));
    }
    return out;
  }

  static Optional<DailyTrips> dailyTrips(Document d) {
    return source(d).map(s -> new DailyTrips(s, d.getString("date"), number(d, "trips")));
  }

  static Optional<HourlyTrips> hourlyTrips(Document d) {
    return source(d)
        .map(
            s ->
                new HourlyTrips(
                    s, d.getString("date"), d.getString("dayOfWeek"), longs(d, "trips")));
  }

  static Optional<DailyHistogram> histogram(Document d) {
    return source(d)
        .map(
            s ->
                new DailyHistogram(
                    s,
                    d.getString("date"),
                    d.getString("measure"),
                    d.getString("unit"),
                    ((Number) d.get("binWidth")).doubleValue(),
                    longs(d, "counts")));
  }

  static Optional<DailyPayments> payments(Document d) {
    return source(d)
        .map(
            s ->
                new DailyPayments(
                    s,
                    d.getString("date"),
                    d.getString("paymentType"),
                    number(d, "trips"),
                    number(d, "tippedTrips"),
                    ((Number) d.get("fareSum")).doubleValue(),
                    ((Number) d.get("tipSum")).doubleValue()));
  }

  static Optional<DailyPickupAreas> pickupAreas(Document d) {
    return source(d).map(s -> new DailyPickupAreas(s, d.getString("date"), cells(d)));
  }

  static List<CellTrips> cells(Document d) {
    return d.getList("cells", Document.class, List.of()).stream()
        .map(c -> new CellTrips(c.getString("h3"), number(c, "trips")))
        .toList();
  }

  private <T> List<T> all(String table, Function<Document, Optional<T>> row) {
    return keep(
        "all|" + table,
        () ->
            PublisherStages.await(db.getCollection(table).find()).stream()
                .map(row)
                .flatMap(Optional::stream)
                .toList());
  }

  private void checkVersion() {
    Instant now = clock.instant();
    if (Duration.between(checkedAt, now).getSeconds() < CHECK_SECONDS) {
      return;
    }
    List<Document> state =
        PublisherStages.await(
            db.getCollection(SharedCollections.DATAPREP_STATE)
                .find(Filters.eq("_id", "serving"))
                .limit(1));
    String current = state.isEmpty() ? null : state.get(0).getString("builtBy");
    if (!Objects.equals(current, builtBy)) {
      values.clear();
      builtBy = current;
    }
    checkedAt = now;
  }

  private static Optional<TripSource> source(Document d) {
    return TripSource.byKey(d.getString("source"));
  }

  private static long number(Document d, String key) {
    return d.get(key) instanceof Number n ? n.longValue() : 0;
  }

  private static long[] longs(Document d, String key) {
    return d.getList(key, Number.class, List.of()).stream().mapToLong(Number::longValue).toArray();
  }
}
