package nyc.cabportal.worker.dispatch;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nyc.cabportal.worker.contract.DecodedRequest;
import nyc.cabportal.worker.estimate.TripEstimator;
import nyc.cabportal.worker.estimate.TripQuery;

/**
 * Decides the outcome of every ride in a micro-batch, as a whole: one outcome per ride id however
 * often the ride appears in the batch (a portal may publish a ride twice), a rejection for each
 * invalid record that names a ride, and FAILED, with the reason, when estimating throws.
 *
 * <p>Foundation scope: no fleet and no matching yet; each valid request gets the estimator's
 * answer. The batch-wide signature is where batched matching goes.
 */
public final class Dispatcher {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final TripEstimator estimator;

  public Dispatcher(TripEstimator estimator) {
    this.estimator = estimator;
  }

  /** What the batch decides: outcomes by ride, and the records that are no ride request. */
  public record Decisions(List<RideOutcome> outcomes, List<DecodedRequest> deadLetters) {}

  public Decisions decide(List<DecodedRequest> batch, ZonedDateTime now) {
    Map<String, RideOutcome> byRide = new LinkedHashMap<>();
    List<DecodedRequest> deadLetters = new ArrayList<>();
    for (DecodedRequest r : batch) {
      if (!r.isValid()) {
        deadLetters.add(r);
        if (r.getId() != null) {
          byRide.putIfAbsent(r.getId(), RideOutcome.rejected(r.getId(), r.getProblem()));
        }
        continue;
      }
      RideOutcome previous = byRide.get(r.getId());
      if (previous != null && !previous.status().equals(RideOutcome.REJECTED)) {
        continue; // the same ride twice in one batch: answer it once
      }
      byRide.put(r.getId(), answer(r, now));
    }
    return new Decisions(new ArrayList<>(byRide.values()), deadLetters);
  }

  private RideOutcome answer(DecodedRequest r, ZonedDateTime now) {
    LocalDateTime pickupAt =
        r.getPickupAt() != null
            ? LocalDateTime.parse(r.getPickupAt())
            : now.withZoneSameInstant(NEW_YORK).toLocalDateTime();
    try {
      return RideOutcome.dispatched(
          r.getId(),
          estimator.estimate(
              new TripQuery(
                  r.getPickupLat(),
                  r.getPickupLon(),
                  r.getDropoffLat(),
                  r.getDropoffLon(),
                  r.getPassengers(),
                  pickupAt)));
    } catch (RuntimeException e) {
      return RideOutcome.failed(r.getId(), "estimating the trip failed: " + e);
    }
  }
}
