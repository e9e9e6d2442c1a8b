package nyc.cabportal.application.admin;

import java.util.List;
import java.util.Map;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.tripdata.TipShare;

/**
 * Everything the trip-data dashboard draws for one date range and set of sources.
 *
 * @param dates the days with trips, in order: the x axis of {@code dailyBySource}
 * @param dailyBySource trips per day (one value per date) by source key
 * @param hourlyByWeekday trips by hour of the day (24 values) for each day of the week, Monday
 *     first, the sources summed
 * @param taxi whether a source with fares is chosen (Uber's 2014 files have none)
 */
public record TripCharts(
    long trips,
    List<String> dates,
    Map<String, long[]> dailyBySource,
    Map<String, long[]> hourlyByWeekday,
    boolean taxi,
    List<Distribution> distributions,
    List<TipShare> tips,
    List<Area> areas) {

  /** One measure's histogram summed over the range, with its quantiles read from the bins. */
  public record Distribution(
      String measure,
      String title,
      String unit,
      double binWidth,
      long[] counts,
      long trips,
      Map<String, Double> percentiles) {}

  /**
   * A busy pickup area (an H3 res-7 cell), named by the taxi zone of its centre ({@code zone}, null
   * without a zone map or in the water) and by its nearest well-known place.
   */
  public record Area(
      String h3,
      long trips,
      double sharePercent,
      GeoPoint centre,
      String zone,
      String near,
      double nearKm) {}
}
