package nyc.cabportal.interfaces.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.place.PlaceNames;
import nyc.cabportal.domain.ride.CabProgress;
import nyc.cabportal.domain.ride.Ride;
import nyc.cabportal.domain.ride.RideResult;
import nyc.cabportal.domain.ride.RideStatus;
import nyc.cabportal.trips.geo.NewYork;

/**
 * A ride as the pages show it: words and rounded numbers instead of raw fields. The status page's
 * script renders the same wording from the REST API while the ride changes.
 */
public record RideView(Ride ride, PlaceNames placeNames) {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("MMM d, HH:mm:ss", Locale.US).withZone(NewYork.ZONE);

  private static final DateTimeFormatter PICKUP_AT =
      DateTimeFormatter.ofPattern("EEE, MMM d yyyy, HH:mm", Locale.US);

  public String getId() {
    return ride.id();
  }

  public String getStatus() {
    return ride.status().name();
  }

  /** The status in a rider's words ("Cab on the way"). */
  public String getStatusWords() {
    return RideStatusWords.of(ride.status());
  }

  /** Every status's words, code → words, for the status page's script. */
  public String getStatusWordsJson() {
    return RideStatusWords.json();
  }

  public String getStatusReason() {
    return ride.statusReason();
  }

  public boolean isWaiting() {
    return !ride.status().isFinal();
  }

  public String getPickup() {
    return describe(ride.request().pickup());
  }

  public String getDropoff() {
    return describe(ride.request().dropoff());
  }

  private String describe(GeoPoint p) {
    return placeNames.describe(p);
  }

  public int getPassengers() {
    return ride.request().passengers();
  }

  public String getAcceptedAt() {
    return ride.timings().acceptedAt() == null ? "" : TIME.format(ride.timings().acceptedAt());
  }

  /**
   * The pickup time the rider gave, New York time ("Tue, Oct 14 2014, 18:30"), or "" for none: the
   * time of the week the estimate is for.
   */
  public String getPickupAt() {
    return ride.request().pickupAt() == null ? "" : PICKUP_AT.format(ride.request().pickupAt());
  }

  public String getFareRange() {
    RideResult r = ride.result();
    if (r == null || r.fare() == null) {
      return "";
    }
    NumberFormat usd = NumberFormat.getCurrencyInstance(Locale.US);
    if (r.fare().p10() == r.fare().p90()) {
      return usd.format(r.fare().p50()) + " (a fixed fare)"; // the tariff's JFK flat fare
    }
    return usd.format(r.fare().p10())
        + " – "
        + usd.format(r.fare().p90())
        + " (typical "
        + usd.format(r.fare().p50())
        + ")";
  }

  public String getDuration() {
    RideResult r = ride.result();
    return r == null || r.durationSeconds() == null
        ? ""
        : Math.round(r.durationSeconds() / 60.0) + " min";
  }

  public String getDistance() {
    RideResult r = ride.result();
    return r == null || r.distanceKm() == null
        ? ""
        : String.format(Locale.US, "%.1f km (%.1f mi)", r.distanceKm(), r.distanceKm() / 1.609344);
  }

  public String getBasis() {
    RideResult r = ride.result();
    return r == null || r.basis() == null ? "" : r.basis().detail();
  }

  /** The cab on its way; none once the ride is cancelled (the cab was freed). */
  public String getCab() {
    RideResult r = ride.result();
    return r == null || r.cab() == null || ride.status() != RideStatus.DISPATCHED
        ? ""
        : r.cab().id();
  }

  /** Whether the rider may cancel now: while waiting, or until the cab reaches the pickup. */
  public boolean isCancellable() {
    return ride.cancellableAt(Instant.now());
  }

  /**
   * Where the cab is now, by the estimate's clock ({@link CabProgress}): "9 min from the pickup",
   * "on the trip: 14 min to the dropoff", "at the dropoff". The status page's script goes on from
   * there.
   */
  public String getPickupEta() {
    RideResult r = ride.result();
    if (r == null
        || r.pickupEtaSeconds() == null
        || r.cab() == null
        || ride.status() != RideStatus.DISPATCHED) {
      return "";
    }
    Instant dispatched = ride.timings().dispatchedAt();
    CabProgress p =
        CabProgress.at(
            dispatched == null ? Instant.now() : dispatched,
            r.pickupEtaSeconds(),
            r.durationSeconds() == null ? 0 : r.durationSeconds(),
            Instant.now());
    return switch (p.phase()) {
      case TO_PICKUP -> p.minutesLeft() + " min from the pickup";
      case ON_TRIP -> "on the trip: " + p.minutesLeft() + " min to the dropoff";
      case ARRIVED -> "at the dropoff";
    };
  }
}
