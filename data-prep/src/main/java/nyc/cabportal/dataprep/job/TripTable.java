package nyc.cabportal.dataprep.job;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nyc.cabportal.trips.CleaningRules;
import nyc.cabportal.trips.Quirk;
import nyc.cabportal.trips.Source;
import nyc.cabportal.trips.Trip;
import nyc.cabportal.trips.TripFileReader.LineOutcome;
import nyc.cabportal.trips.geo.H3Cells;
import nyc.cabportal.trips.geo.NewYork;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The warehouse's one table, {@code trips}: every data row read, kept or rejected, in the schema
 * shared by all sources. Partitioned by {@code outcome} (kept, rejected), {@code source} and {@code
 * pickup_month} ({@code 2014-04}): a month, not a day, so that a task writes a few files rather
 * than one per day it meets (a file's writer, its buffers and footer cost the same for 30 rows as
 * for 30,000: BENCHMARKS.md, issue 20); a reader filtering on {@code pickup_date} still skips row
 * groups by their statistics. A rejected row keeps its raw text, reason and detail, and its pickup
 * date and month when that could be read. Times are New York wall-clock times (TIMESTAMP_NTZ),
 * distances km.
 *
 * <p>A kept trip that leaves the service area has {@code in_service_area} false and no H3 cell for
 * its points outside it: it counts in the volumes, while the tables that place trips on the city's
 * map (which group by cell) leave those points out. {@code quirk} names the rule for a quirk of the
 * 2014 files that decided how the row was read ({@link Quirk}); {@code trip_key} is the trip's
 * content key ({@link Trip#contentKey}), which finds the same trip in two files. Rows loaded before
 * these columns existed read them as null: all such kept rows lay inside the area.
 */
public final class TripTable {

  public static final String KEPT = "kept";
  public static final String REJECTED = "rejected";
  public static final List<String> PARTITIONS = List.of("outcome", "source", "pickup_month");

  public static final StructType SCHEMA =
      schema(
          "outcome", StringType,
          "source", StringType,
          "pickup_date", DateType,
          "pickup_time", TimestampNTZType,
          "dropoff_time", TimestampNTZType,
          "pickup_lat", DoubleType,
          "pickup_lon", DoubleType,
          "dropoff_lat", DoubleType,
          "dropoff_lon", DoubleType,
          "passengers", IntegerType,
          "distance_km", DoubleType,
          "fare", DoubleType,
          "extra", DoubleType,
          "mta_tax", DoubleType,
          "tip", DoubleType,
          "tolls", DoubleType,
          "total", DoubleType,
          "payment_type", StringType,
          "rate_code", IntegerType,
          "vendor_or_base", StringType,
          "duration_s", IntegerType,
          "speed_kmh", DoubleType,
          "hour_of_week", IntegerType,
          "pickup_h3_9", LongType,
          "pickup_h3_8", LongType,
          "pickup_h3_7", LongType,
          "pickup_h3_6", LongType,
          "dropoff_h3_9", LongType,
          "dropoff_h3_8", LongType,
          "dropoff_h3_7", LongType,
          "dropoff_h3_6", LongType,
          "file", StringType,
          "line", LongType,
          "load_id", StringType,
          "reason", StringType,
          "detail", StringType,
          "raw", StringType,
          "in_service_area", BooleanType,
          "quirk", StringType,
          "trip_key", LongType,
          "pickup_month", StringType);

  private static final int PICKUP_MONTH = SCHEMA.fieldIndex("pickup_month");

  private TripTable() {}

  /** The row of one line of {@code file}, loaded by {@code loadId}. */
  public static Row row(LineOutcome o, Source source, String file, String loadId) {
    Trip t = o.trip();
    if (!o.kept()) {
      Object[] v = new Object[SCHEMA.size()];
      v[0] = REJECTED;
      v[1] = source.key();
      v[2] = t == null ? null : t.pickupDate();
      v[PICKUP_MONTH] = t == null ? null : month(t);
      v[31] = file;
      v[32] = o.line();
      v[33] = loadId;
      v[34] = o.rejection().reason().key();
      v[35] = o.rejection().detail();
      v[36] = o.raw();
      return RowFactory.create(v);
    }
    Long pickupCell = cell(t.pickupLat(), t.pickupLon());
    Long dropoffCell = t.dropoffLat() == null ? null : cell(t.dropoffLat(), t.dropoffLon());
    Long duration = t.durationSeconds();
    Quirk quirk = CleaningRules.quirk(t);
    return RowFactory.create(
        KEPT,
        t.source().key(),
        t.pickupDate(),
        t.pickupTime(),
        t.dropoffTime(),
        t.pickupLat(),
        t.pickupLon(),
        t.dropoffLat(),
        t.dropoffLon(),
        t.passengers(),
        t.distanceKm(),
        t.fare(),
        t.extra(),
        t.mtaTax(),
        t.tip(),
        t.tolls(),
        t.total(),
        t.paymentType(),
        t.rateCode(),
        t.vendor(),
        duration == null ? null : duration.intValue(),
        t.speedKmh(),
        t.hourOfWeek(),
        pickupCell,
        pickupCell == null ? null : H3Cells.parent(pickupCell, 8),
        pickupCell == null ? null : H3Cells.parent(pickupCell, 7),
        pickupCell == null ? null : H3Cells.parent(pickupCell, 6),
        dropoffCell,
        dropoffCell == null ? null : H3Cells.parent(dropoffCell, 8),
        dropoffCell == null ? null : H3Cells.parent(dropoffCell, 7),
        dropoffCell == null ? null : H3Cells.parent(dropoffCell, 6),
        file,
        o.line(),
        loadId,
        null,
        null,
        null,
        CleaningRules.inServiceArea(t),
        quirk == null ? null : quirk.key(),
        t.contentKey(),
        month(t));
  }

  /** The trip's pickup month, as its partition names it: {@code 2014-04}. */
  private static String month(Trip t) {
    return t.pickupDate() == null ? null : YearMonth.from(t.pickupDate()).toString();
  }

  /** The point's H3 res-9 cell, or null outside the service area (off the city's map). */
  private static Long cell(double lat, double lon) {
    return NewYork.inServiceArea(lat, lon) ? H3Cells.cell(lat, lon) : null;
  }

  private static StructType schema(Object... pairs) {
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.add(DataTypes.createStructField((String) pairs[i], (DataType) pairs[i + 1], true));
    }
    return new StructType(fields.toArray(StructField[]::new));
  }
}
