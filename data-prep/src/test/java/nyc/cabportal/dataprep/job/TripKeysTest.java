package nyc.cabportal.dataprep.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TripKeysTest {

  @Test
  void repeatedDistinctCommonAndUnion() {
    long[] sorted = {-5, 1, 1, 1, 2, 7, 7, 9};
    assertArrayEquals(new long[] {1, 7}, TripKeys.repeated(sorted));
    assertArrayEquals(new long[] {-5, 1, 2, 7, 9}, TripKeys.distinct(sorted));
    assertArrayEquals(
        new long[] {2, 9}, TripKeys.common(new long[] {-5, 2, 9}, new long[] {2, 3, 9}));
    assertArrayEquals(
        new long[] {-5, 2, 3, 9}, TripKeys.union(new long[] {-5, 2, 9}, new long[] {2, 3}));
    assertArrayEquals(new long[] {}, TripKeys.repeated(new long[] {}));
  }

  @Test
  void writtenKeysReadBack(@TempDir Path dir) throws Exception {
    long[] keys = {Long.MIN_VALUE, -1, 0, 42, Long.MAX_VALUE};
    TripKeys.write(dir.resolve("a/b.keys"), keys);
    assertArrayEquals(keys, TripKeys.read(dir.resolve("a/b.keys")));
  }
}
