package nyc.cabportal.dataprep.job;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nyc.cabportal.trips.CleaningRules;
import nyc.cabportal.trips.Quirk;
import nyc.cabportal.trips.Source;
import nyc.cabportal.trips.Trip;
import nyc.cabportal.trips.TripFileReader.LineOutcome;
import nyc.cabportal.trips.geo.H3Cells;
import nyc.cabportal.trips.geo.NewYork;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

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

  /**
   * The row of one line of {@code file}, loaded by {@code loadId}, in Spark's internal form (dates
   * as days and times as microseconds since 1970, text as UTF-8): made here rather than by Spark's
   * row encoder, whose generated method for 41 columns was 11–17 % of the load and too large for
   * the JIT's first tier (BENCHMARKS.md, issue 20).
   */
  static InternalRow row(
      LineOutcome o, Source source, UTF8String file, UTF8String loadId, RepeatedText text) {
    Trip t = o.trip();
    if (!o.kept()) {
      Object[] v = new Object[SCHEMA.size()];
      v[0] = text.of(REJECTED);
      v[1] = text.of(source.key());
      v[2] = t == null ? null : days(t.pickupDate());
      v[PICKUP_MONTH] = t == null ? null : text.month(t.pickupDate());
      v[31] = file;
      v[32] = o.line();
      v[33] = loadId;
      v[34] = text.of(o.rejection().reason().key());
      v[35] = UTF8String.fromString(o.rejection().detail());
      v[36] = UTF8String.fromString(o.raw());
      return new GenericInternalRow(v);
    }
    Long pickupCell = cell(t.pickupLat(), t.pickupLon());
    Long dropoffCell = t.dropoffLat() == null ? null : cell(t.dropoffLat(), t.dropoffLon());
    Long duration = t.durationSeconds();
    Quirk quirk = CleaningRules.quirk(t);
    Object[] kept = {
      text.of(KEPT),
      text.of(t.source().key()),
      days(t.pickupDate()),
      micros(t.pickupTime()),
      micros(t.dropoffTime()),
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
      text.of(t.paymentType()),
      t.rateCode(),
      text.of(t.vendor()),
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
      quirk == null ? null : text.of(quirk.key()),
      t.contentKey(),
      text.month(t.pickupDate())
    };
    return new GenericInternalRow(kept);
  }

  /** A date as Spark holds a {@code DATE}: days since 1970-01-01. */
  private static Integer days(LocalDate d) {
    return d == null ? null : (int) d.toEpochDay();
  }

  /** A wall-clock time as Spark holds a {@code TIMESTAMP_NTZ}: microseconds since 1970 at UTC. */
  private static Long micros(LocalDateTime t) {
    return t == null ? null : t.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + t.getNano() / 1_000;
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
