package nyc.cabportal.domain.tripdata;

import java.util.List;
import java.util.Locale;

/**
 * Which heat-map frame an admin asks for: the sources, pickups or dropoffs, the H3 resolution (7 or
 * 8) and an hour of the week or {@code all}.
 */
public record HeatmapQuery(List<TripSource> sources, String kind, int res, String hour) {

  /**
   * The frame the request parameters name, each defaulted when absent (all sources, pickups, res 8,
   * the whole week).
   *
   * @throws IllegalArgumentException naming the parameter that is wrong and what it may be
   */
  public static HeatmapQuery parse(String source, String kind, String res, String hour) {
    List<TripSource> sources = TripSource.select(source);
    String k = kind == null ? "pickup" : kind.strip().toLowerCase(Locale.ROOT);
    if (!k.equals("pickup") && !k.equals("dropoff")) {
      throw new IllegalArgumentException("kind must be pickup or dropoff: not " + kind);
    }
    String r = res == null ? "8" : res.strip();
    if (!r.equals("7") && !r.equals("8")) {
      throw new IllegalArgumentException("res must be 7 or 8 (H3 resolution): not " + res);
    }
    String h = hour == null || hour.isBlank() ? "all" : hour.strip();
    if (!h.equals("all")) {
      try {
        new HourOfWeek(Integer.parseInt(h));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "hour must be all or an hour of the week 0–167 (0 = Monday 0h): not " + hour);
      }
    }
    return new HeatmapQuery(sources, k, Integer.parseInt(r), h);
  }

  /** Whether the frame covers the whole week rather than one hour. */
  public boolean wholeWeek() {
    return hour.equals("all");
  }

  /** "the whole week", "Monday 08:00–09:00". */
  public String label() {
    return wholeWeek() ? "the whole week" : new HourOfWeek(Integer.parseInt(hour)).label();
  }

  /** Identifies the frame, for keeping what was computed from it. */
  public String key() {
    return "heatmap|" + sources + "|" + kind + "|" + res + "|" + hour;
  }
}
