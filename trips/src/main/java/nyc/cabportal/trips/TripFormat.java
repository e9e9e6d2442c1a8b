package nyc.cabportal.trips;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The three 2014 file formats, told apart by their header. Header names are compared without
 * quotes, surrounding blanks and case, because the published files have leading spaces (Yellow), a
 * trailing space and mixed case (Green) and quotes (Uber). Columns are found by name, not position.
 */
public enum TripFormat {
  YELLOW_2014(
      Source.YELLOW,
      names(
          "vendor_id", Column.VENDOR,
          "pickup_datetime", Column.PICKUP_TIME,
          "dropoff_datetime", Column.DROPOFF_TIME,
          "passenger_count", Column.PASSENGERS,
          "trip_distance", Column.DISTANCE,
          "pickup_longitude", Column.PICKUP_LON,
          "pickup_latitude", Column.PICKUP_LAT,
          "rate_code", Column.RATE_CODE,
          "store_and_fwd_flag", null,
          "dropoff_longitude", Column.DROPOFF_LON,
          "dropoff_latitude", Column.DROPOFF_LAT,
          "payment_type", Column.PAYMENT,
          "fare_amount", Column.FARE,
          "surcharge", Column.EXTRA,
          "mta_tax", Column.MTA_TAX,
          "tip_amount", Column.TIP,
          "tolls_amount", Column.TOLLS,
          "total_amount", Column.TOTAL)),
  GREEN_2014(
      Source.GREEN,
      names(
          "vendorid", Column.VENDOR,
          "lpep_pickup_datetime", Column.PICKUP_TIME,
          "lpep_dropoff_datetime", Column.DROPOFF_TIME,
          "store_and_fwd_flag", null,
          "ratecodeid", Column.RATE_CODE,
          "pickup_longitude", Column.PICKUP_LON,
          "pickup_latitude", Column.PICKUP_LAT,
          "dropoff_longitude", Column.DROPOFF_LON,
          "dropoff_latitude", Column.DROPOFF_LAT,
          "passenger_count", Column.PASSENGERS,
          "trip_distance", Column.DISTANCE,
          "fare_amount", Column.FARE,
          "extra", Column.EXTRA,
          "mta_tax", Column.MTA_TAX,
          "tip_amount", Column.TIP,
          "tolls_amount", Column.TOLLS,
          "ehail_fee", null,
          "total_amount", Column.TOTAL,
          "payment_type", Column.PAYMENT,
          "trip_type", null)),
  UBER_2014(
      Source.UBER,
      names(
          "date/time", Column.PICKUP_TIME,
          "lat", Column.PICKUP_LAT,
          "lon", Column.PICKUP_LON,
          "base", Column.VENDOR));

  private final Source source;
  private final Map<String, Column> columns;

  TripFormat(Source source, Map<String, Column> columns) {
    this.source = source;
    this.columns = columns;
  }

  public Source source() {
    return source;
  }

  /** The header names as the format's documentation spells them, for messages. */
  public List<String> names() {
    return new ArrayList<>(columns.keySet());
  }

  /** The header name of {@code c} in this format, for messages; null when the format lacks it. */
  public String nameOf(Column c) {
    for (Map.Entry<String, Column> e : columns.entrySet()) {
      if (e.getValue() == c) {
        return e.getKey();
      }
    }
    return null;
  }

  /**
   * The layout of a file whose first line is {@code header}.
   *
   * @throws UnknownFormat naming what was found and what each format expects
   */
  public static FileLayout detect(String file, String header) {
    List<String> found = normalisedNames(header);
    for (TripFormat f : values()) {
      if (found.size() == f.columns.size() && found.containsAll(f.columns.keySet())) {
        int[] index = new int[Column.values().length];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < found.size(); i++) {
          Column c = f.columns.get(found.get(i));
          if (c != null) {
            index[c.ordinal()] = i;
          }
        }
        return new FileLayout(f, index, found.size());
      }
    }
    throw new UnknownFormat(file, header);
  }

  static List<String> normalisedNames(String header) {
    List<String> names = new ArrayList<>();
    String h = header.startsWith("\uFEFF") ? header.substring(1) : header;
    for (String raw : h.split(",", -1)) {
      names.add(raw.strip().replace("\"", "").strip().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  private static Map<String, Column> names(Object... pairs) {
    Map<String, Column> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (Column) pairs[i + 1]);
    }
    return m;
  }
}
