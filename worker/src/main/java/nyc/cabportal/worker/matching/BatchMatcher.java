package nyc.cabportal.worker.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nyc.cabportal.trips.geo.GreatCircle;
import nyc.cabportal.trips.geo.H3Cells;
import nyc.cabportal.worker.fleet.Cab;

/**
 * Matches a micro-batch of pickups to free cabs at once, as large ride-hailing dispatchers do:
 * every pickup may take any of its nearest free cabs with enough seats within the radius, and the
 * matching serves as many pickups as possible with the least total pickup distance (straight line).
 * Candidates come from the H3 res-8 cells in rings around the pickup, nearest rings first. The same
 * pickups and cabs always give the same matches.
 *
 * <p>How many cabs a pickup may consider grows with the pickups around it: {@code candidates} plus
 * one per other pickup of the batch in its res-9 cell (≈ 0.1 km²). With a fixed number, a crowd at
 * one spot (a concert letting out; the load generator's few places) would all compete for the same
 * few cabs and most would get none while free cabs wait a little farther away.
 */
public final class BatchMatcher {

  /** H3 res 8 for the search grid: cells ≈ 0.74 km² (edge ≈ 460 m). */
  static final int GRID_RES = 8;

  /**
   * No point of a cell k rings away is nearer than (k − 1) × this to a point of the centre cell:
   * res-8 centres are ≈ 800 m apart, and this allows for H3's size distortion.
   */
  static final double RING_KM = 0.6;

  /** The area whose pickups count as a crowd competing for the same cabs: res 8, ≈ 0.7 km². */
  static final int CROWD_RES = 8;

  /** At most this many rounds per batch. */
  static final int MAX_ROUNDS = 50;

  /** The most cabs one pickup considers, however large the crowd. */
  static final int MAX_CANDIDATES = 256;

  /** A pickup waiting in the batch. */
  public record Pickup(String rideId, double lat, double lon, int passengers) {}

  /** A pickup's cab and the straight-line distance between them. */
  public record Match(Cab cab, double km) {}

  private record Candidate(int cab, double km) {}

  private final double radiusKm;
  private final int candidatesPerPickup;

  /**
   * @param radiusKm farthest a cab may be from a pickup (straight line)
   * @param candidatesPerPickup how many of its nearest cabs a pickup may take (more: closer to the
   *     optimum, slower)
   */
  public BatchMatcher(double radiusKm, int candidatesPerPickup) {
    this.radiusKm = radiusKm;
    this.candidatesPerPickup = candidatesPerPickup;
  }

  public double radiusKm() {
    return radiusKm;
  }

  /**
   * The matches by ride id; a pickup without a match is absent. Pickups come in batch order (the
   * order they arrived): when not all can be served, earlier ones are.
   */
  public Map<String, Match> match(List<Pickup> pickups, List<Cab> freeCabs) {
    List<Pickup> waiting = new ArrayList<>(pickups);
    List<Cab> free = new ArrayList<>(freeCabs);
    free.sort(Comparator.comparing(Cab::id));
    Map<String, Match> matches = new LinkedHashMap<>();
    // Rides left out of a round because their few nearest cabs went to others get another round
    // over the cabs still free, until a round serves no one: NO_CAB then means no free cab with
    // room is in reach.
    for (int round = 0; round < MAX_ROUNDS && !waiting.isEmpty() && !free.isEmpty(); round++) {
      Map<String, Match> served = matchOnce(waiting, free);
      if (served.isEmpty()) {
        break;
      }
      matches.putAll(served);
      waiting.removeIf(p -> served.containsKey(p.rideId()));
      java.util.Set<String> taken = new java.util.HashSet<>();
      served.values().forEach(m -> taken.add(m.cab().id()));
      free.removeIf(c -> taken.contains(c.id()));
    }
    return matches;
  }

  /** One matching of {@code ordered} against {@code cabs} (sorted by id). */
  private Map<String, Match> matchOnce(List<Pickup> ordered, List<Cab> cabs) {
    Map<Long, List<Integer>> byCell = new HashMap<>();
    for (int i = 0; i < cabs.size(); i++) {
      byCell
          .computeIfAbsent(H3Cells.parent(cabs.get(i).cell(), GRID_RES), k -> new ArrayList<>())
          .add(i);
    }
    int[][] to = new int[ordered.size()][];
    long[][] cost = new long[ordered.size()][];
    List<List<Candidate>> all = new ArrayList<>();
    Map<Long, Integer> crowd = new HashMap<>();
    long[] pickupCells = new long[ordered.size()];
    for (int p = 0; p < ordered.size(); p++) {
      pickupCells[p] = H3Cells.cell(ordered.get(p).lat(), ordered.get(p).lon());
      crowd.merge(H3Cells.parent(pickupCells[p], CROWD_RES), 1, Integer::sum);
    }
    for (int p = 0; p < ordered.size(); p++) {
      int wanted =
          Math.min(
              MAX_CANDIDATES,
              candidatesPerPickup + crowd.get(H3Cells.parent(pickupCells[p], CROWD_RES)) - 1);
      List<Candidate> c = candidates(ordered.get(p), pickupCells[p], wanted, cabs, byCell);
      all.add(c);
      to[p] = c.stream().mapToInt(Candidate::cab).toArray();
      cost[p] = c.stream().mapToLong(x -> Math.round(x.km() * 1000)).toArray();
    }
    int[] chosen = MinCostMatching.solve(cabs.size(), to, cost);
    Map<String, Match> matches = new LinkedHashMap<>();
    for (int p = 0; p < ordered.size(); p++) {
      if (chosen[p] >= 0) {
        for (Candidate c : all.get(p)) {
          if (c.cab() == chosen[p]) {
            matches.put(ordered.get(p).rideId(), new Match(cabs.get(c.cab()), c.km()));
          }
        }
      }
    }
    return matches;
  }

  /**
   * The pickup's {@code wanted} nearest cabs with room, within the radius, nearest first (ties by
   * cab id).
   */
  private List<Candidate> candidates(
      Pickup p, long pickupCell, int wanted, List<Cab> cabs, Map<Long, List<Integer>> byCell) {
    long centre = H3Cells.parent(pickupCell, GRID_RES);
    List<Candidate> found = new ArrayList<>();
    int maxRing = (int) Math.ceil(radiusKm / RING_KM) + 1;
    Comparator<Candidate> nearest =
        Comparator.comparingDouble(Candidate::km).thenComparingInt(Candidate::cab);
    for (int k = 0; k <= maxRing; k++) {
      for (long cell : k == 0 ? List.of(centre) : H3Cells.ring(centre, k)) {
        for (int i : byCell.getOrDefault(cell, List.of())) {
          Cab cab = cabs.get(i);
          if (cab.seats() < p.passengers()) {
            continue;
          }
          double km = GreatCircle.km(p.lat(), p.lon(), cab.lat(), cab.lon());
          if (km <= radiusKm) {
            found.add(new Candidate(i, km));
          }
        }
      }
      if (found.size() >= wanted) {
        found.sort(nearest);
        // Cells farther out cannot beat the ones already found.
        if (found.get(wanted - 1).km() <= k * RING_KM) {
          break;
        }
      }
    }
    found.sort(nearest);
    return found.size() > wanted ? new ArrayList<>(found.subList(0, wanted)) : found;
  }
}
