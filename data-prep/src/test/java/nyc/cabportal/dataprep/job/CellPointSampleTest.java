package nyc.cabportal.dataprep.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/**
 * A partition's sample holds, for every cell, the first k of its points by hash, latitude and
 * longitude — those a window over all of them would number 1 to k (issue 20).
 */
class CellPointSampleTest {

  @Test
  void eachCellKeepsItsFirstKPointsByHashThenLatitudeThenLongitude() {
    Random random = new Random(13);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      long cell = random.nextInt(i < 10_000 ? 30 : 200);
      double lat = 40.7 + random.nextInt(500) / 1e4;
      double lon = -73.9 - random.nextInt(500) / 1e4;
      // Few distinct hashes, so that latitude and longitude must break ties.
      rows.add(RowFactory.create(cell, lat, lon, (long) random.nextInt(300)));
    }
    List<Row> sample = new ArrayList<>();
    new CellPointSample(8).call(rows.iterator()).forEachRemaining(sample::add);
    assertEquals(firstByCell(rows, 8), firstByCell(sample, 8));
    assertEquals(
        sample.size(),
        firstByCell(rows, 8).values().stream().mapToInt(List::size).sum(),
        "nothing beyond each cell's first eight");
  }

  private static Map<Long, List<String>> firstByCell(List<Row> rows, int k) {
    return rows.stream()
        .collect(Collectors.groupingBy(r -> r.getLong(0), TreeMap::new, Collectors.toList()))
        .entrySet()
        .stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                e ->
                    e.getValue().stream()
                        .sorted(CellPointSample.ORDER)
                        .limit(k)
                        .map(Row::toString)
                        .toList(),
                (a, b) -> a,
                TreeMap::new));
  }
}
