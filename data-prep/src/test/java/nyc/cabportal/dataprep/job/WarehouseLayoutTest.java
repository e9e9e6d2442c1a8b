package nyc.cabportal.dataprep.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trips table is written partitioned by month; loads committed when it was partitioned by day
 * are still read, beside the new ones, with the same values.
 */
class WarehouseLayoutTest {

  @TempDir Path dir;

  @Test
  void loadsWrittenByDayAndByMonthReadTogether() throws Exception {
    SparkSession spark = LocalSpark.session("warehouse-layout-test");
    try {
      Warehouse warehouse = new Warehouse(dir);
      // What an earlier version wrote: no month column, a directory per day.
      spark
          .createDataFrame(rows("by-day", 3), TripTable.SCHEMA)
          .drop("pickup_month")
          .write()
          .partitionBy("outcome", "source", "pickup_date")
          .parquet(dir.resolve("trips").toString());
      warehouse.append(spark.createDataFrame(rows("by-month", 4), TripTable.SCHEMA));
      assertTrue(Files.isDirectory(dir.resolve("trips/outcome=kept/source=yellow")));
      assertTrue(
          Files.isDirectory(
              warehouse.trips().resolve("outcome=kept/source=yellow/pickup_month=2014-04")));

      List<Row> read =
          warehouse
              .rows(spark, List.of("by-day", "by-month"))
              .selectExpr(
                  "load_id", "string(line)", "string(pickup_date)", "coalesce(pickup_month, '-')")
              .collectAsList();
      TreeMap<String, String> byRow = new TreeMap<>();
      for (Row r : read) {
        byRow.put(r.getString(0) + " " + r.getString(1), r.getString(2) + " " + r.getString(3));
      }
      TreeMap<String, String> expected = new TreeMap<>();
      for (int line = 1; line <= 3; line++) {
        expected.put("by-day " + line, "2014-04-0" + line + " -");
      }
      for (int line = 1; line <= 4; line++) {
        expected.put("by-month " + line, "2014-04-0" + line + " 2014-04");
      }
      assertEquals(expected, byRow);
      assertEquals(3, warehouse.storedRows("by-day"));
      assertEquals(4, warehouse.storedRows("by-month"));
      assertEquals(7, warehouse.keptTrips(spark, List.of("by-day", "by-month")).count());
    } finally {
      spark.stop();
    }
  }

  /** {@code n} kept Yellow trips of load {@code loadId}, one a day from 1 April 2014. */
  private static List<Row> rows(String loadId, int n) {
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      Object[] v = new Object[TripTable.SCHEMA.size()];
      LocalDate day = LocalDate.of(2014, 4, i);
      v[TripTable.SCHEMA.fieldIndex("outcome")] = TripTable.KEPT;
      v[TripTable.SCHEMA.fieldIndex("source")] = "yellow";
      v[TripTable.SCHEMA.fieldIndex("pickup_date")] = day;
      v[TripTable.SCHEMA.fieldIndex("pickup_time")] =
          LocalDateTime.of(day, java.time.LocalTime.NOON);
      v[TripTable.SCHEMA.fieldIndex("file")] = "yellow.csv";
      v[TripTable.SCHEMA.fieldIndex("line")] = (long) i;
      v[TripTable.SCHEMA.fieldIndex("load_id")] = loadId;
      v[TripTable.SCHEMA.fieldIndex("pickup_month")] = "2014-04";
      rows.add(RowFactory.create(v));
    }
    return rows;
  }
}
