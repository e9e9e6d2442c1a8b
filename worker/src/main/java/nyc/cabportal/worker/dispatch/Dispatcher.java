package nyc.cabportal.worker.dispatch;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nyc.cabportal.trips.geo.H3Cells;
import nyc.cabportal.trips.geo.NewYork;
import nyc.cabportal.trips.geo.StreetTravel;
import nyc.cabportal.worker.contract.DecodedRequest;
import nyc.cabportal.worker.contract.ResultStatus;
import nyc.cabportal.worker.estimate.TripEstimate;
import nyc.cabportal.worker.estimate.TripEstimator;
import nyc.cabportal.worker.estimate.TripQuery;
import nyc.cabportal.worker.fleet.Cab;
import nyc.cabportal.worker.fleet.Fleet;
import nyc.cabportal.worker.history.PickupTime;
import nyc.cabportal.worker.history.TripHistory;
import nyc.cabportal.worker.matching.BatchMatcher;

/**
 * Decides a micro-batch as a whole: one outcome per ride however often the ride appears, a
 * rejection for each invalid record that names a ride, an estimate for every valid one, and one
 * batched matching of all of them against the free cabs (DISPATCHED with a cab and pickup ETA, or
 * NO_CAB). Rides that are no longer waiting (answered by an earlier attempt at this batch,
 * cancelled) get nothing; a ride that a crashed attempt already gave a cab gets that cab again.
 */
public final class Dispatcher {

  /**
   * The shortest pickup ETA given: a cab that ended its last trip on the very spot (the distance
   * rounds to 0 s) still has to see the request and pull up, and "0 min" is no answer to a rider.
   */
  public static final int MIN_PICKUP_SECONDS = 60;

  private final TripEstimator estimator;
  private final Supplier<TripHistory> history;
  private final BatchMatcher matcher;

  public Dispatcher(TripEstimator estimator, Supplier<TripHistory> history, BatchMatcher matcher) {
    this.estimator = estimator;
    this.history = history;
    this.matcher = matcher;
  }

  /**
   * What the batch decides: outcomes by ride, records that are no ride, cabs that changed, and the
   * cabs this batch took as they were before (to give back a cab whose ride turns out not to be
   * waiting when its answer is written: cancelled meanwhile, or unknown).
   */
  public record Decisions(
      List<RideOutcome> outcomes,
      List<DecodedRequest> deadLetters,
      List<Cab> changedCabs,
      Map<String, Cab> takenFrom) {

    /** How many of the outcomes give the ride a cab. */
    public int dispatched() {
      return (int)
          outcomes.stream().filter(o -> o.status().equals(ResultStatus.DISPATCHED)).count();
    }
  }

  /**
   * @param waiting whether a ride still waits for its answer (QUEUED or PENDING in the store)
   * @param fleet the fleet, changed in place by the cabs this batch gives out
   */
  public Decisions decide(
      List<DecodedRequest> batch, ZonedDateTime now, Predicate<String> waiting, Fleet fleet) {
    Map<String, RideOutcome> byRide = new LinkedHashMap<>();
    Map<String, DecodedRequest> toMatch = new LinkedHashMap<>();
    Map<String, TripEstimate> estimates = new LinkedHashMap<>();
    List<DecodedRequest> deadLetters = new ArrayList<>();
    for (DecodedRequest r : batch) {
      if (!r.isValid()) {
        deadLetters.add(r);
        if (r.getId() != null && !toMatch.containsKey(r.getId())) {
          byRide.putIfAbsent(r.getId(), RideOutcome.rejected(r.getId(), r.getProblem()));
        }
        continue;
      }
      if (toMatch.containsKey(r.getId()) || !waiting.test(r.getId())) {
        continue; // the same ride twice in one batch, or answered already: answer it once
      }
      byRide.remove(r.getId());
      try {
        estimates.put(r.getId(), estimator.estimate(query(r, now)));
        toMatch.put(r.getId(), r);
      } catch (RuntimeException e) {
        byRide.put(r.getId(), RideOutcome.failed(r.getId(), "estimating the trip failed: " + e));
      }
    }
    List<Cab> changed = new ArrayList<>();
    Map<String, Cab> takenFrom = new LinkedHashMap<>();
    match(toMatch, estimates, now, fleet, byRide, changed, takenFrom);
    return new Decisions(new ArrayList<>(byRide.values()), deadLetters, changed, takenFrom);
  }

  private void match(
      Map<String, DecodedRequest> rides,
      Map<String, TripEstimate> estimates,
      ZonedDateTime now,
      Fleet fleet,
      Map<String, RideOutcome> byRide,
      List<Cab> changed,
      Map<String, Cab> takenFrom) {
    long nowMs = now.toInstant().toEpochMilli();
    List<BatchMatcher.Pickup> pickups = new ArrayList<>();
    for (DecodedRequest r : rides.values()) {
      Cab given = fleet.cabOf(r.getId());
      if (given != null) {
        byRide.put(r.getId(), RideOutcome.dispatched(r.getId(), estimates.get(r.getId()), given));
        changed.add(given); // its store copy may be what the crashed attempt did not write
      } else {
        pickups.add(
            new BatchMatcher.Pickup(
                r.getId(), r.getPickupLat(), r.getPickupLon(), r.getPassengers()));
      }
    }
    Map<String, BatchMatcher.Match> matches = matcher.match(pickups, fleet.freeAt(nowMs));
    for (BatchMatcher.Pickup p : pickups) {
      DecodedRequest r = rides.get(p.rideId());
      TripEstimate estimate = estimates.get(p.rideId());
      BatchMatcher.Match m = matches.get(p.rideId());
      if (m == null) {
        byRide.put(p.rideId(), RideOutcome.noCab(p.rideId(), noCabReason(p, fleet), estimate));
        continue;
      }
      long pickupCell = H3Cells.cell(p.lat(), p.lon());
      double speed = history.get().localSpeedKmh(pickupCell, PickupTime.of(pickupAt(r, now)));
      int eta =
          Math.max(
              MIN_PICKUP_SECONDS, (int) Math.round(m.km() * StreetTravel.DETOUR / speed * 3600));
      Cab taken =
          new Cab(
              m.cab().id(),
              m.cab().seats(),
              r.getDropoffLat(),
              r.getDropoffLon(),
              H3Cells.cell(r.getDropoffLat(), r.getDropoffLon()),
              nowMs + (eta + (long) estimate.durationSeconds()) * 1000,
              new Cab.Trip(p.rideId(), m.cab().lat(), m.cab().lon(), m.km(), eta, nowMs));
      takenFrom.put(p.rideId(), m.cab());
      fleet.put(taken);
      changed.add(taken);
      byRide.put(p.rideId(), RideOutcome.dispatched(p.rideId(), estimate, taken));
    }
  }

  private String noCabReason(BatchMatcher.Pickup p, Fleet fleet) {
    if (fleet.isEmpty()) {
      return "no cabs are on the road yet: the fleet is placed once data prep has loaded the trip"
          + " history; please try again in a few minutes";
    }
    return String.format(
        Locale.ROOT,
        "no free cab with room for %d passenger%s within %.1f km of the pickup; please try again"
            + " in a few minutes",
        p.passengers(),
        p.passengers() == 1 ? "" : "s",
        matcher.radiusKm());
  }

  private static TripQuery query(DecodedRequest r, ZonedDateTime now) {
    return new TripQuery(
        r.getPickupLat(),
        r.getPickupLon(),
        r.getDropoffLat(),
        r.getDropoffLon(),
        r.getPassengers(),
        pickupAt(r, now));
  }

  /** The rider's pickup time, New York local; now if they gave none. */
  private static LocalDateTime pickupAt(DecodedRequest r, ZonedDateTime now) {
    return r.getPickupAt() != null
        ? LocalDateTime.parse(r.getPickupAt())
        : now.withZoneSameInstant(NewYork.ZONE).toLocalDateTime();
  }
}
