package nyc.cabportal.dataprep.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Of one partition's points, the {@code k} of each cell that come first by hash, latitude and
 * longitude: the only ones that can be among the cell's first {@code k} overall. Input and output
 * columns: cell (long), lat, lon (double), hash (long).
 *
 * <p>Why: {@code row_number() OVER (PARTITION BY cell ORDER BY hash, lat, lon) <= k} sorted every
 * trip's dropoff by its cell first, whose few thousand values left nearly every comparison to the
 * whole row — the sort was most of {@code dropoff_points}' time (BENCHMARKS.md, issue 20). Here
 * each cell keeps a heap of its {@code k} first points as the partition streams by, so what is
 * shuffled and sorted is at most {@code k} points per cell and partition. Memory is bounded by the
 * city's cells, not by the trips.
 */
final class CellPointSample implements MapPartitionsFunction<Row, Row> {

  private static final int CELL = 0;
  private static final int LAT = 1;
  private static final int LON = 2;
  private static final int HASH = 3;

  /** The order of the window it stands in for: hash, then latitude, then longitude. */
  static final Comparator<Row> ORDER =
      Comparator.<Row>comparingLong(r -> r.getLong(HASH))
          .thenComparingDouble(r -> r.getDouble(LAT))
          .thenComparingDouble(r -> r.getDouble(LON));

  /** A cell's heap keeps the last of its first k at its head. */
  private static final Comparator<Row> LAST_FIRST = ORDER.reversed();

  private final int k;

  CellPointSample(int k) {
    this.k = k;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Map<Long, PriorityQueue<Row>> byCell = new HashMap<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      // The heap's head is the last of the cell's first k: a point after it cannot be among them.
      PriorityQueue<Row> first =
          byCell.computeIfAbsent(r.getLong(CELL), c -> new PriorityQueue<>(k + 1, LAST_FIRST));
      if (first.size() < k) {
        first.add(r);
      } else if (ORDER.compare(r, first.peek()) < 0) {
        first.poll();
        first.add(r);
      }
    }
    List<Row> out = new ArrayList<>();
    byCell.values().forEach(out::addAll);
    return out.iterator();
  }
}
