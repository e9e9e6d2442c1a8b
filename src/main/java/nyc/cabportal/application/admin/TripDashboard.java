package nyc.cabportal.application.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import nyc.cabportal.domain.place.CellGeometry;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.place.Neighbourhoods;
import nyc.cabportal.domain.place.NycPlaces;
import nyc.cabportal.domain.place.Place;
import nyc.cabportal.domain.tripdata.BusiestAreas;
import nyc.cabportal.domain.tripdata.CellTrips;
import nyc.cabportal.domain.tripdata.DailyHistogram;
import nyc.cabportal.domain.tripdata.DailyPayments;
import nyc.cabportal.domain.tripdata.DailyPickupAreas;
import nyc.cabportal.domain.tripdata.DailyTrips;
import nyc.cabportal.domain.tripdata.Histogram;
import nyc.cabportal.domain.tripdata.HourlyTrips;
import nyc.cabportal.domain.tripdata.TipShare;
import nyc.cabportal.domain.tripdata.TripSource;
import nyc.cabportal.domain.tripdata.TripTables;

/**
 * The trip-data dashboard for a date range and set of sources, summed from data prep's per-day
 * tables: a year is a few thousand small rows, kept in memory per build of the tables, so any range
 * costs a pass over them and is then kept itself ({@link TripTables#keep}).
 */
public final class TripDashboard {

  static final List<String> WEEKDAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  /** Each measure of the histograms and its title, as the chart says it. */
  static final Map<String, String> MEASURES =
      orderedMap(
          "fare",
          "Fare",
          "distance",
          "Metered distance",
          "duration",
          "Duration",
          "speed",
          "Average speed");

  static final int AREAS = 15;

  private static final double[] QUANTILES = {0.1, 0.25, 0.5, 0.75, 0.9};

  private final TripTables tables;
  private final CellGeometry cells;
  private final Neighbourhoods neighbourhoods;

  /**
   * {@code neighbourhoods}: what the busiest areas are called ({@link Neighbourhoods#NONE}: none).
   */
  public TripDashboard(TripTables tables, CellGeometry cells, Neighbourhoods neighbourhoods) {
    this.tables = tables;
    this.cells = cells;
    this.neighbourhoods = neighbourhoods;
  }

  /**
   * The charts of the trips of {@code sources} from {@code from} to {@code to}, both included.
   *
   * @throws nyc.cabportal.domain.ride.StoreUnavailable when the store does not answer
   */
  public TripCharts charts(LocalDate from, LocalDate to, List<TripSource> sources) {
    return tables.keep(
        "trips|" + from + "|" + to + "|" + sources, () -> compute(from, to, sources));
  }

  private TripCharts compute(LocalDate from, LocalDate to, List<TripSource> sources) {
    Range range = new Range(from.toString(), to.toString(), sources);
    boolean taxi = sources.stream().anyMatch(TripSource::hasFares);
    List<DailyTrips> daily =
        range.select(tables.dailyTrips(), DailyTrips::source, DailyTrips::date);
    TreeSet<String> dates = new TreeSet<>();
    daily.forEach(d -> dates.add(d.date()));
    List<String> dateList = List.copyOf(dates);
    Map<String, Integer> column = new TreeMap<>();
    dateList.forEach(d -> column.put(d, column.size()));
    Map<String, long[]> bySource = new TreeMap<>();
    long total = 0;
    for (DailyTrips d : daily) {
      long[] counts = bySource.computeIfAbsent(d.source().key(), k -> new long[dateList.size()]);
      counts[column.get(d.date())] += d.trips();
      total += d.trips();
    }
    return new TripCharts(
        total,
        dateList,
        bySource,
        hourly(range.select(tables.hourlyTrips(), HourlyTrips::source, HourlyTrips::date)),
        taxi,
        taxi
            ? distributions(
                range.select(tables.histograms(), DailyHistogram::source, DailyHistogram::date))
            : List.of(),
        taxi
            ? tips(range.select(tables.payments(), DailyPayments::source, DailyPayments::date))
            : List.of(),
        areas(
            range.select(tables.pickupAreas(), DailyPickupAreas::source, DailyPickupAreas::date)));
  }

  /** Trips by hour of day (24 values) for each day of the week, the sources summed. */
  private static Map<String, long[]> hourly(List<HourlyTrips> rows) {
    Map<String, long[]> byDay = new LinkedHashMap<>();
    WEEKDAYS.forEach(day -> byDay.put(day, new long[24]));
    for (HourlyTrips row : rows) {
      long[] hours = byDay.get(row.dayOfWeek());
      if (hours != null) {
        for (int h = 0; h < Math.min(24, row.trips().length); h++) {
          hours[h] += row.trips()[h];
        }
      }
    }
    return byDay;
  }

  /** Per measure: the summed bins, and the quartiles and p10/p90 read from them. */
  private static List<TripCharts.Distribution> distributions(List<DailyHistogram> rows) {
    Map<String, Histogram> sums = new LinkedHashMap<>();
    Map<String, DailyHistogram> layout = new LinkedHashMap<>();
    for (DailyHistogram row : rows) {
      sums.computeIfAbsent(
              row.measure(), m -> Histogram.ofWidth(row.binWidth(), row.counts().length))
          .add(row.counts());
      layout.putIfAbsent(row.measure(), row);
    }
    List<TripCharts.Distribution> out = new ArrayList<>();
    MEASURES.forEach(
        (measure, title) -> {
          Histogram h = sums.get(measure);
          if (h == null) {
            return;
          }
          Map<String, Double> percentiles = new LinkedHashMap<>();
          for (double q : QUANTILES) {
            double v = h.quantile(q);
            percentiles.put(
                "p" + Math.round(q * 100), Double.isNaN(v) ? 0 : Math.round(v * 100) / 100.0);
          }
          DailyHistogram first = layout.get(measure);
          out.add(
              new TripCharts.Distribution(
                  measure,
                  title,
                  first.unit(),
                  first.binWidth(),
                  h.counts(),
                  h.total(),
                  percentiles));
        });
    return out;
  }

  /** Tip share by payment type, most trips first. */
  private static List<TipShare> tips(List<DailyPayments> rows) {
    Map<String, TipShare> byType = new TreeMap<>();
    for (DailyPayments row : rows) {
      byType.put(
          row.paymentType(),
          byType
              .getOrDefault(row.paymentType(), TipShare.none(row.paymentType()))
              .plus(row.trips(), row.tippedTrips(), row.fareSum(), row.tipSum()));
    }
    return byType.values().stream()
        .sorted(Comparator.comparingLong(TipShare::trips).reversed())
        .toList();
  }

  /**
   * The busiest pickup areas (H3 res 7), each named by the taxi zone of its centre ("Midtown
   * Center, Manhattan") and by its nearest well-known place.
   */
  private List<TripCharts.Area> areas(List<DailyPickupAreas> rows) {
    BusiestAreas areas = new BusiestAreas();
    for (DailyPickupAreas row : rows) {
      for (CellTrips c : row.cells()) {
        areas.add(c.h3(), c.trips());
      }
    }
    List<TripCharts.Area> out = new ArrayList<>();
    for (BusiestAreas.Area a : areas.top(AREAS)) {
      GeoPoint centre = cells.centre(a.h3());
      Place near =
          NycPlaces.all().stream()
              .min(Comparator.comparingDouble(p -> p.location().distanceKmTo(centre)))
              .orElseThrow();
      out.add(
          new TripCharts.Area(
              a.h3(),
              a.trips(),
              round1(100.0 * a.trips() / Math.max(1, areas.total())),
              centre,
              neighbourhoods.of(centre).orElse(null),
              near.name(),
              round1(near.location().distanceKmTo(centre))));
    }
    return out;
  }

  /** The chosen sources and days, both ends included (dates compare as ISO text). */
  private record Range(String first, String last, List<TripSource> sources) {
    <T> List<T> select(List<T> rows, Function<T, TripSource> source, Function<T, String> date) {
      return rows.stream()
          .filter(
              r -> {
                String d = date.apply(r);
                return sources.contains(source.apply(r))
                    && d != null
                    && d.compareTo(first) >= 0
                    && d.compareTo(last) <= 0;
              })
          .toList();
    }
  }

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
