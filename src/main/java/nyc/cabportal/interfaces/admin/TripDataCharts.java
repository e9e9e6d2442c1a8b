package nyc.cabportal.interfaces.admin;

import static nyc.cabportal.interfaces.JsonBuilders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.place.NycPlaces;
import nyc.cabportal.domain.place.Place;
import nyc.cabportal.domain.tripdata.BusiestAreas;
import nyc.cabportal.domain.tripdata.Histogram;
import nyc.cabportal.domain.tripdata.TipShare;
import nyc.cabportal.domain.tripdata.TripSource;
import nyc.cabportal.infrastructure.H3Hexagons;
import nyc.cabportal.infrastructure.mongo.ServingTableCache;
import nyc.cabportal.infrastructure.mongo.SharedCollections;
import org.bson.Document;

/**
 * Everything the trip-data dashboard draws for one date range and set of sources, as one JSON
 * object, from data prep's per-day tables ({@code volume_daily}, {@code volume_hourly}, {@code
 * trip_histograms}, {@code payment_daily}, {@code pickup_areas_daily}): a year is a few thousand
 * small documents, kept in memory per build of the tables ({@link ServingTableCache#all}) and
 * summed here.
 */
final class TripDataCharts {

  static final List<String> WEEKDAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  /** Each measure of {@code trip_histograms}: its title, as the chart says it. */
  static final Map<String, String> MEASURES = measures();

  static final int AREAS = 15;

  private final ServingTableCache tables;
  private final H3Hexagons hexagons;

  TripDataCharts(ServingTableCache tables, H3Hexagons hexagons) {
    this.tables = tables;
    this.hexagons = hexagons;
  }

  private static Map<String, String> measures() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("fare", "Fare");
    m.put("distance", "Metered distance");
    m.put("duration", "Duration");
    m.put("speed", "Average speed");
    return m;
  }

  JsonObject build(LocalDate from, LocalDate to, List<TripSource> sources) {
    List<String> keys = sources.stream().map(TripSource::key).toList();
    String first = from.toString();
    String last = to.toString();
    Predicate<Document> inRange =
        d -> {
          String date = d.getString("date");
          return keys.contains(d.getString("source"))
              && date != null
              && date.compareTo(first) >= 0
              && date.compareTo(last) <= 0;
        };
    boolean taxi = sources.stream().anyMatch(TripSource::hasFares);
    JsonObjectBuilder out = JSON.createObjectBuilder();
    long trips = daily(select(SharedCollections.VOLUME_DAILY, inRange), out);
    out.add("trips", trips);
    out.add("hourly", hourly(select(SharedCollections.VOLUME_HOURLY, inRange)));
    out.add("taxi", taxi);
    out.add(
        "distributions",
        taxi ? distributions(select(SharedCollections.TRIP_HISTOGRAMS, inRange)) : empty());
    out.add(
        "tips",
        taxi ? tips(select(SharedCollections.PAYMENT_DAILY, inRange)) : JSON.createArrayBuilder());
    out.add("areas", areas(select(SharedCollections.PICKUP_AREAS_DAILY, inRange)));
    return out.build();
  }

  private List<Document> select(String table, Predicate<Document> filter) {
    return tables.all(table).stream().filter(filter).toList();
  }

  private static JsonObjectBuilder empty() {
    return JSON.createObjectBuilder();
  }

  /** Trips per day by source; returns the total. */
  private static long daily(List<Document> docs, JsonObjectBuilder out) {
    TreeSet<String> dates = new TreeSet<>();
    Map<String, Map<String, Long>> bySource = new TreeMap<>();
    long total = 0;
    for (Document d : docs) {
      dates.add(d.getString("date"));
      long n = ((Number) d.get("trips")).longValue();
      total += n;
      bySource
          .computeIfAbsent(d.getString("source"), k -> new TreeMap<>())
          .put(d.getString("date"), n);
    }
    JsonObjectBuilder sources = JSON.createObjectBuilder();
    bySource.forEach(
        (source, counts) -> {
          JsonArrayBuilder a = JSON.createArrayBuilder();
          dates.forEach(date -> a.add(counts.getOrDefault(date, 0L)));
          sources.add(source, a);
        });
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    dates.forEach(labels::add);
    out.add("daily", JSON.createObjectBuilder().add("dates", labels).add("sources", sources));
    return total;
  }

  /** Trips by hour of day (24 values) for each day of the week, the sources summed. */
  private static JsonObjectBuilder hourly(List<Document> docs) {
    Map<String, long[]> byDay = new LinkedHashMap<>();
    WEEKDAYS.forEach(day -> byDay.put(day, new long[24]));
    for (Document d : docs) {
      long[] hours = byDay.get(d.getString("dayOfWeek"));
      List<Number> counts = d.getList("trips", Number.class);
      if (hours != null && counts != null) {
        for (int h = 0; h < Math.min(24, counts.size()); h++) {
          hours[h] += counts.get(h).longValue();
        }
      }
    }
    JsonObjectBuilder days = JSON.createObjectBuilder();
    byDay.forEach((day, hours) -> days.add(day, longs(hours)));
    return days;
  }

  /** Per measure: the summed bins, and the quartiles and p10/p90 read from them. */
  private static JsonObjectBuilder distributions(List<Document> docs) {
    Map<String, Histogram> sums = new LinkedHashMap<>();
    Map<String, Document> layout = new LinkedHashMap<>();
    for (Document d : docs) {
      String measure = d.getString("measure");
      List<Number> counts = d.getList("counts", Number.class);
      double width = ((Number) d.get("binWidth")).doubleValue();
      sums.computeIfAbsent(measure, m -> Histogram.ofWidth(width, counts.size())).add(counts);
      layout.putIfAbsent(measure, d);
    }
    JsonObjectBuilder out = JSON.createObjectBuilder();
    MEASURES.forEach(
        (measure, title) -> {
          Histogram h = sums.get(measure);
          if (h == null) {
            return;
          }
          Document d = layout.get(measure);
          JsonObjectBuilder m =
              JSON.createObjectBuilder()
                  .add("title", title)
                  .add("unit", d.getString("unit"))
                  .add("binWidth", ((Number) d.get("binWidth")).doubleValue())
                  .add("counts", longs(h.counts()))
                  .add("trips", h.total());
          for (double q : new double[] {0.1, 0.25, 0.5, 0.75, 0.9}) {
            double v = h.quantile(q);
            m.add("p" + Math.round(q * 100), Double.isNaN(v) ? 0 : Math.round(v * 100) / 100.0);
          }
          out.add(measure, m);
        });
    return out;
  }

  /** Tip share by payment type, most trips first. */
  private static JsonArrayBuilder tips(List<Document> docs) {
    Map<String, TipShare> byType = new TreeMap<>();
    for (Document d : docs) {
      String type = d.getString("paymentType");
      byType.put(
          type,
          byType
              .getOrDefault(type, TipShare.none(type))
              .plus(
                  ((Number) d.get("trips")).longValue(),
                  ((Number) d.get("tippedTrips")).longValue(),
                  ((Number) d.get("fareSum")).doubleValue(),
                  ((Number) d.get("tipSum")).doubleValue()));
    }
    JsonArrayBuilder out = JSON.createArrayBuilder();
    byType.values().stream()
        .sorted(Comparator.comparingLong(TipShare::trips).reversed())
        .forEach(
            t ->
                out.add(
                    JSON.createObjectBuilder()
                        .add("paymentType", t.paymentType())
                        .add("trips", t.trips())
                        .add("tippedPercent", round1(t.tippedPercent()))
                        .add("tipPercentOfFare", round1(t.tipPercentOfFare()))));
    return out;
  }

  /** The busiest pickup areas (H3 res 7), each named by its nearest well-known place. */
  private JsonArrayBuilder areas(List<Document> docs) {
    BusiestAreas areas = new BusiestAreas();
    for (Document d : docs) {
      for (Document c : d.getList("cells", Document.class, List.of())) {
        areas.add(c.getString("h3"), ((Number) c.get("trips")).longValue());
      }
    }
    JsonArrayBuilder out = JSON.createArrayBuilder();
    for (BusiestAreas.Area a : areas.top(AREAS)) {
      GeoPoint centre = hexagons.centre(a.h3());
      Place near =
          NycPlaces.all().stream()
              .min(Comparator.comparingDouble(p -> p.location().distanceKmTo(centre)))
              .orElseThrow();
      out.add(
          JSON.createObjectBuilder()
              .add("h3", a.h3())
              .add("trips", a.trips())
              .add("sharePercent", round1(100.0 * a.trips() / Math.max(1, areas.total())))
              .add("lat", centre.lat())
              .add("lon", centre.lon())
              .add("near", near.name())
              .add("nearKm", round1(near.location().distanceKmTo(centre))));
    }
    return out;
  }

  private static JsonArrayBuilder longs(long[] values) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (long v : values) {
      a.add(v);
    }
    return a;
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
