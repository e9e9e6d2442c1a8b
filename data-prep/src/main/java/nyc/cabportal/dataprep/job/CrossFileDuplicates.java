package nyc.cabportal.dataprep.job;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The same trip in two files: a sample beside its full month, a month both plain and gzipped. A
 * file's own repeated lines are found while it is read ({@code TripFileReader}); a trip that
 * another file holds too is found by its content key ({@code Trip.contentKey}: the parsed values,
 * so two files that write a number differently still agree). The load finds the keys that repeat in
 * memory ({@link TripKeys}); only then does this query say which rows hold them, over the kept rows
 * of the load not yet committed and of the loads before it. The first occurrence — an earlier
 * load's, else the first file by path and line — stays kept; each later one is a {@code duplicate},
 * naming the first.
 */
final class CrossFileDuplicates {

  private CrossFileDuplicates() {}

  /**
   * The rows of {@code loadId} that repeat a trip kept earlier: (file, line, detail). {@code
   * committed} are the loads before it; {@code repeated} the keys that occur more than once.
   */
  static Dataset<Row> find(
      SparkSession spark,
      Warehouse warehouse,
      String loadId,
      List<String> committed,
      long[] repeated) {
    Dataset<Row> keys =
        spark
            .createDataFrame(
                Arrays.stream(repeated).mapToObj(RowFactory::create).toList(),
                new StructType().add("trip_key", DataTypes.LongType, false))
            .hint("broadcast");
    warehouse
        .rows(spark, List.of(loadId))
        .where("outcome = '" + TripTable.KEPT + "'")
        .join(keys, "trip_key")
        .select("trip_key", "file", "line")
        .createOrReplaceTempView("load_keys");
    if (!committed.isEmpty()) {
      warehouse
          .keptTrips(spark, committed)
          .join(keys, "trip_key")
          .select("trip_key", "load_id", "file", "line")
          .createOrReplaceTempView("earlier_keys");
    }
    String withinLoad =
        """
        WITH ranked AS (SELECT file, line, trip_key,
                               row_number() OVER w AS k,
                               first_value(file) OVER w AS firstFile,
                               first_value(line) OVER w AS firstLine
                        FROM load_keys
                        WINDOW w AS (PARTITION BY trip_key ORDER BY file, line))
        SELECT file, line, trip_key, k,
               concat('same trip as line ', firstLine, ' of ', firstFile) AS detail
        FROM ranked""";
    if (committed.isEmpty()) {
      return spark.sql("SELECT file, line, detail FROM (" + withinLoad + ") WHERE k > 1");
    }
    return spark.sql(
        """
        WITH ranked AS (%s),
             earlier AS (SELECT e.trip_key,
                                min(named_struct('load', e.load_id, 'file', e.file,
                                                 'line', e.line)) AS first
                         FROM earlier_keys e LEFT SEMI JOIN load_keys l ON e.trip_key = l.trip_key
                         GROUP BY e.trip_key)
        SELECT r.file, r.line,
               CASE WHEN e.first IS NOT NULL
                    THEN concat('same trip as line ', e.first.line, ' of ', e.first.file,
                                ', loaded by run ', e.first.load)
                    ELSE r.detail END AS detail
        FROM ranked r LEFT JOIN earlier e ON r.trip_key = e.trip_key
        WHERE r.k > 1 OR e.first IS NOT NULL"""
            .formatted(withinLoad));
  }
}
