package nyc.cabportal.dataprep.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * A line fitted from sums added up over finer groups is the line Spark's {@code regr_*} functions
 * fit over the rows themselves, nulls left out the same way (the estimate model, issue 20).
 */
class LineSumsTest {

  @Test
  void aLineFromSumsAddedAcrossGroupsEqualsSparksRegressionOverTheRows() {
    SparkSession spark = LocalSpark.session("line-sums-test");
    try {
      spark.createDataFrame(rows(), schema()).createOrReplaceTempView("points");
      Row fromSums =
          spark
              .sql(
                  """
                  WITH s AS (SELECT g, %s FROM points GROUP BY g),
                       a AS (SELECT %s FROM s),
                       l AS (SELECT %s FROM a)
                  SELECT p_a, p_b, p_sd FROM l"""
                      .formatted(
                          LineSums.of("p", "y", "x"), LineSums.added("p"), LineSums.fit("p")))
              .first();
      Row sparks =
          spark
              .sql(
                  """
                  SELECT regr_intercept(y, x), regr_slope(y, x),
                         sqrt((regr_syy(y, x) - power(regr_sxy(y, x), 2) / regr_sxx(y, x))
                              / (regr_count(y, x) - 2))
                  FROM points""")
              .first();
      for (int i = 0; i < 3; i++) {
        assertEquals(
            sparks.getDouble(i), fromSums.getDouble(i), 1e-9 * Math.abs(sparks.getDouble(i)));
      }
      Row oneX =
          spark
              .sql(
                  "WITH s AS (SELECT %s FROM points WHERE x = 1.5), l AS (SELECT %s FROM s)"
                          .formatted(LineSums.of("p", "y", "x"), LineSums.fit("p"))
                      + " SELECT p_b FROM l")
              .first();
      assertNull(oneX.get(0), "every x the same: no slope, and no failed division");
    } finally {
      spark.stop();
    }
  }

  /** Points near y = 2.5 + 2.4 x in seven groups; some with y or x missing, four at one x. */
  private static List<Row> rows() {
    Random random = new Random(5);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      double x = 0.3 + random.nextDouble() * 20;
      Double y = random.nextInt(20) == 0 ? null : 2.5 + 2.4 * x + random.nextGaussian() * 3;
      rows.add(RowFactory.create(i % 7, random.nextInt(50) == 0 ? null : x, y));
    }
    for (int i = 0; i < 4; i++) {
      rows.add(RowFactory.create(3, 1.5, 6.0 + i));
    }
    return rows;
  }

  private static StructType schema() {
    return new StructType()
        .add("g", DataTypes.IntegerType)
        .add("x", DataTypes.DoubleType)
        .add("y", DataTypes.DoubleType);
  }
}
