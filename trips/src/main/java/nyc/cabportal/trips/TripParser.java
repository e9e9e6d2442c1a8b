package nyc.cabportal.trips;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * Reads the data lines of one file into {@link Trip}s, by the layout found from its header. One
 * parser per file and thread: it reuses its field buffer from line to line.
 */
public final class TripParser {

  private final FileLayout layout;
  private final TripFormat format;
  private final CsvFields fields = new CsvFields();

  public TripParser(FileLayout layout) {
    this.layout = layout;
    this.format = layout.format();
  }

  /**
   * @param line a data line without its line ending
   * @throws UnparseableRow naming the field and the problem
   */
  public Trip parse(String line) throws UnparseableRow {
    int n = fields.split(line);
    int expected = layout.headerFields();
    if (n < expected) {
      throw new UnparseableRow(n + " fields, the header has " + expected);
    }
    for (int i = expected; i < n; i++) {
      // Green rows end in two empty fields the header does not name; values there are not.
      if (!fields.isEmpty(i)) {
        throw new UnparseableRow(n + " fields with values, the header has " + expected);
      }
    }
    LocalDateTime pickup = time(Column.PICKUP_TIME);
    double pickupLat = number(Column.PICKUP_LAT);
    double pickupLon = number(Column.PICKUP_LON);
    String vendor = text(Column.VENDOR);
    if (format.source() == Source.UBER) {
      return new Trip(
          Source.UBER,
          pickup,
          null,
          pickupLat,
          pickupLon,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          vendor);
    }
    return new Trip(
        format.source(),
        pickup,
        time(Column.DROPOFF_TIME),
        pickupLat,
        pickupLon,
        number(Column.DROPOFF_LAT),
        number(Column.DROPOFF_LON),
        whole(Column.PASSENGERS),
        number(Column.DISTANCE) * Trip.KM_PER_MILE,
        number(Column.FARE),
        number(Column.EXTRA),
        number(Column.MTA_TAX),
        number(Column.TIP),
        number(Column.TOLLS),
        number(Column.TOTAL),
        text(Column.PAYMENT),
        whole(Column.RATE_CODE),
        vendor);
  }

  private int field(Column c) throws UnparseableRow {
    int i = layout.of(c);
    if (fields.isEmpty(i)) {
      throw new UnparseableRow(format.nameOf(c) + " is empty");
    }
    return i;
  }

  private double number(Column c) throws UnparseableRow {
    int i = field(c);
    try {
      return fields.number(i);
    } catch (NumberFormatException e) {
      throw new UnparseableRow(format.nameOf(c) + " is not a number: " + quoted(i));
    }
  }

  private int whole(Column c) throws UnparseableRow {
    double v = number(c);
    if (v != Math.rint(v) || Math.abs(v) > 1_000_000) {
      throw new UnparseableRow(
          format.nameOf(c) + " is not a whole number: " + quoted(layout.of(c)));
    }
    return (int) v;
  }

  private String text(Column c) throws UnparseableRow {
    return fields.text(field(c));
  }

  private LocalDateTime time(Column c) throws UnparseableRow {
    int i = field(c);
    try {
      return format.source() == Source.UBER
          ? LocalTimes.uber(fields.line(), fields.start(i), fields.end(i))
          : LocalTimes.isoLike(fields.line(), fields.start(i), fields.end(i));
    } catch (DateTimeException e) {
      throw new UnparseableRow(
          format.nameOf(c)
              + " is not a time ("
              + (format.source() == Source.UBER ? "M/D/YYYY H:MM:SS" : "YYYY-MM-DD HH:MM:SS")
              + "): "
              + quoted(i));
    }
  }

  private String quoted(int field) {
    String t = fields.text(field);
    return "\"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
  }
}
