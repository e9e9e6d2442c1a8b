package nyc.cabportal.worker.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MinCostMatchingTest {

  private static final long IMPOSSIBLE = Long.MAX_VALUE / 4;

  /** By exhaustive search: the most requests any matching serves. */
  private static int most(int[][] to, int l, boolean[] used) {
    if (l == to.length) {
      return 0;
    }
    int best = most(to, l + 1, used);
    for (int r : to[l]) {
      if (!used[r]) {
        used[r] = true;
        best = Math.max(best, 1 + most(to, l + 1, used));
        used[r] = false;
      }
    }
    return best;
  }

  /** By exhaustive search: the least total cost of serving exactly {@code served}. */
  private static long cheapest(int[][] to, long[][] cost, int l, boolean[] used, boolean[] served) {
    if (l == to.length) {
      return 0;
    }
    if (!served[l]) {
      return cheapest(to, cost, l + 1, used, served);
    }
    long best = IMPOSSIBLE;
    for (int i = 0; i < to[l].length; i++) {
      int r = to[l][i];
      if (!used[r]) {
        used[r] = true;
        long rest = cheapest(to, cost, l + 1, used, served);
        used[r] = false;
        if (rest < IMPOSSIBLE) {
          best = Math.min(best, rest + cost[l][i]);
        }
      }
    }
    return best;
  }

  @Test
  void servesAsManyAsPossibleEarlierFirstAtTheLeastTotalCostOnRandomGraphs() {
    Random random = new Random(7);
    for (int round = 0; round < 1000; round++) {
      int requests = 1 + random.nextInt(7);
      int cabs = 1 + random.nextInt(6);
      int[][] to = new int[requests][];
      long[][] cost = new long[requests][];
      for (int l = 0; l < requests; l++) {
        to[l] = random.ints(0, cabs).distinct().limit(random.nextInt(cabs + 1)).toArray();
        cost[l] = random.longs(to[l].length, 0, 20).toArray();
      }
      int[] got = MinCostMatching.solve(cabs, to, cost);
      boolean[] used = new boolean[cabs];
      boolean[] served = new boolean[requests];
      int matched = 0;
      long total = 0;
      for (int l = 0; l < requests; l++) {
        if (got[l] >= 0) {
          assertFalse(used[got[l]], "cab matched twice in round " + round);
          used[got[l]] = true;
          served[l] = true;
          matched++;
          for (int i = 0; i < to[l].length; i++) {
            if (to[l][i] == got[l]) {
              total += cost[l][i];
            }
          }
        }
      }
      assertEquals(most(to, 0, new boolean[cabs]), matched, "matched, round " + round);
      assertEquals(
          cheapest(to, cost, 0, new boolean[cabs], served),
          total,
          "least total for the requests served, round " + round);
      // The first request left out could not have been served together with every earlier one.
      for (int l = 0; l < requests; l++) {
        if (!served[l]) {
          boolean[] withIt = new boolean[requests];
          for (int k = 0; k < l; k++) {
            withIt[k] = served[k];
          }
          withIt[l] = true;
          assertEquals(
              IMPOSSIBLE,
              cheapest(to, cost, 0, new boolean[cabs], withIt),
              "request " + l + " could have been served with the earlier ones, round " + round);
          break;
        }
      }
    }
  }
}
