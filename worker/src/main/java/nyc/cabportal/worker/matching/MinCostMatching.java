package nyc.cabportal.worker.matching;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Maximum matching of least total cost on a sparse bipartite graph (requests × cabs), the Hungarian
 * way: requests are taken in order, and each one's shortest augmenting path (Dijkstra on reduced
 * costs with potentials, stopping at the first free cab reached) may move earlier requests to other
 * cabs. As many requests are matched as can be (a request with no augmenting path at its turn never
 * gets one later); when not all can be, earlier requests are the ones served; and the matched
 * requests get the assignment of least total cost among all that serve exactly them. Ties are
 * broken by node index, so the same graph always gives the same matching.
 *
 * <p>The graph is solved one connected component at a time (requests linked through shared
 * candidate cabs): components do not interact, and a crowd whose cabs are all taken otherwise makes
 * every later search of the whole batch wade through it again (measured: a batch of 4,181 rides at
 * the load generator's 12 places took 8 s in one piece).
 */
final class MinCostMatching {

  private static final long INF = Long.MAX_VALUE / 4;

  private MinCostMatching() {}

  /**
   * @param cabs number of right-hand nodes
   * @param to {@code to[l]}: the cabs request {@code l} may take
   * @param cost {@code cost[l][i]}: the cost (≥ 0) of request {@code l} taking {@code to[l][i]}
   * @return for each request the cab it takes, or -1
   */
  static int[] solve(int cabs, int[][] to, long[][] cost) {
    int n = to.length;
    int[] parent = new int[n + cabs];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int l = 0; l < n; l++) {
      for (int r : to[l]) {
        union(parent, l, n + r);
      }
    }
    // Requests by component, in request order; each component's cabs renumbered from 0.
    java.util.Map<Integer, java.util.List<Integer>> components = new java.util.LinkedHashMap<>();
    for (int l = 0; l < n; l++) {
      if (to[l].length > 0) {
        components.computeIfAbsent(find(parent, l), k -> new java.util.ArrayList<>()).add(l);
      }
    }
    int[] matched = new int[n];
    Arrays.fill(matched, -1);
    int[] local = new int[cabs];
    Arrays.fill(local, -1);
    for (java.util.List<Integer> requests : components.values()) {
      java.util.List<Integer> globalCab = new java.util.ArrayList<>();
      int[][] subTo = new int[requests.size()][];
      long[][] subCost = new long[requests.size()][];
      for (int i = 0; i < requests.size(); i++) {
        int l = requests.get(i);
        subTo[i] = new int[to[l].length];
        for (int e = 0; e < to[l].length; e++) {
          int r = to[l][e];
          if (local[r] < 0) {
            local[r] = globalCab.size();
            globalCab.add(r);
          }
          subTo[i][e] = local[r];
        }
        subCost[i] = cost[l];
      }
      int[] sub = solveConnected(globalCab.size(), subTo, subCost);
      for (int i = 0; i < requests.size(); i++) {
        matched[requests.get(i)] = sub[i] < 0 ? -1 : globalCab.get(sub[i]);
      }
    }
    return matched;
  }

  private static int find(int[] parent, int v) {
    while (parent[v] != v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** Shortest augmenting paths, one request at a time, on one connected graph. */
  private static int[] solveConnected(int cabs, int[][] to, long[][] cost) {
    int n = to.length;
    int size = n + cabs;
    int[] matchL = new int[n];
    long[] matchCost = new long[n];
    int[] matchR = new int[cabs];
    Arrays.fill(matchL, -1);
    Arrays.fill(matchR, -1);
    long[] pot = new long[size];
    long[] dist = new long[size];
    int[] parent = new int[size];
    boolean[] settled = new boolean[size];
    // Cabs a failed search reached lead to no free cab until the matching next changes: later
    // searches skip them (Kuhn's visited marks), which keeps a saturated batch from exploring the
    // whole matched crowd once per request left out.
    boolean[] dead = new boolean[cabs];
    boolean anyDead = false;
    PriorityQueue<long[]> queue =
        new PriorityQueue<>(
            (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    for (int source = 0; source < n; source++) {
      if (to[source].length == 0) {
        continue;
      }
      Arrays.fill(dist, INF);
      Arrays.fill(settled, false);
      queue.clear();
      dist[source] = 0;
      queue.add(new long[] {0, source});
      int sink = -1;
      long reached = 0;
      while (!queue.isEmpty()) {
        long[] top = queue.poll();
        int v = (int) top[1];
        if (settled[v]) {
          continue;
        }
        settled[v] = true;
        long d = top[0];
        if (v < n) {
          for (int i = 0; i < to[v].length; i++) {
            int r = to[v][i];
            if (matchL[v] == r || dead[r]) {
              continue;
            }
            long nd = d + cost[v][i] + pot[v] - pot[n + r];
            if (nd < dist[n + r]) {
              dist[n + r] = nd;
              parent[n + r] = v;
              queue.add(new long[] {nd, n + r});
            }
          }
        } else {
          int r = v - n;
          if (matchR[r] < 0) {
            sink = r;
            reached = d;
            break;
          }
          int l = matchR[r];
          long nd = d - matchCost[l] + pot[v] - pot[l];
          if (nd < dist[l]) {
            dist[l] = nd;
            parent[l] = v;
            queue.add(new long[] {nd, l});
          }
        }
      }
      if (sink < 0) {
        // No augmenting path from this request: it never gets one (Kuhn), skip it.
        for (int r = 0; r < cabs; r++) {
          if (settled[n + r]) {
            dead[r] = true;
            anyDead = true;
          }
        }
        continue;
      }
      if (anyDead) {
        Arrays.fill(dead, false);
        anyDead = false;
      }
      for (int v = 0; v < size; v++) {
        pot[v] += Math.min(dist[v], reached);
      }
      int r = sink;
      while (true) {
        int l = parent[n + r];
        int previous = matchL[l];
        matchL[l] = r;
        matchR[r] = l;
        matchCost[l] = costOf(to[l], cost[l], r);
        if (previous < 0) {
          break;
        }
        r = previous;
      }
    }
    return matchL;
  }

  private static long costOf(int[] to, long[] cost, int r) {
    for (int i = 0; i < to.length; i++) {
      if (to[i] == r) {
        return cost[i];
      }
    }
    throw new IllegalStateException("no edge to " + r);
  }
}
