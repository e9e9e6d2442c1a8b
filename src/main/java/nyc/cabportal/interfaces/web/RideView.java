package nyc.cabportal.interfaces.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.Locale;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.place.PlaceNames;
import nyc.cabportal.domain.ride.CabProgress;
import nyc.cabportal.domain.ride.Ride;
import nyc.cabportal.domain.ride.RideResult;
import nyc.cabportal.domain.ride.RideStatus;
import nyc.cabportal.trips.geo.NewYork;

/**
 * A ride as the pages show it: words and rounded numbers instead of raw fields, in the page's
 * {@link RiderText}. The status page's script renders the same wording, from the same texts, from
 * the REST API while the ride changes.
 */
public record RideView(Ride ride, PlaceNames placeNames, RiderText text) {

  /** Fares are in dollars whatever the page's language. */
  private static final Locale DOLLARS = Locale.US;

  public String getId() {
    return ride.id();
  }

  public String getStatus() {
    return ride.status().name();
  }

  /** The status in a rider's words ("Cab on the way"). */
  public String getStatusWords() {
    return text.status(ride.status());
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
    return ride.timings().acceptedAt() == null
        ? ""
        : text.time("ride.time.requested")
            .withZone(NewYork.ZONE)
            .format(ride.timings().acceptedAt());
  }

  /**
   * The pickup time the rider gave, New York time ("Tue, Oct 14 2014, 18:30"), or "" for none: the
   * time of the week the estimate is for.
   */
  public String getPickupAt() {
    return ride.request().pickupAt() == null
        ? ""
        : text.time("ride.time.pickupAt").format(ride.request().pickupAt());
  }

  public String getFareRange() {
    RideResult r = ride.result();
    if (r == null || r.fare() == null) {
      return "";
    }
    NumberFormat usd = NumberFormat.getCurrencyInstance(DOLLARS);
    if (r.fare().p10() == r.fare().p90()) {
      return text.format("script.fixedFare", usd.format(r.fare().p50())); // JFK's flat fare
    }
    return text.format(
        "script.fareRange",
        usd.format(r.fare().p10()),
        usd.format(r.fare().p90()),
        usd.format(r.fare().p50()));
  }

  /** "17 min", or with the trip time's range "13 – 24 min (typical 17)". */
  public String getDuration() {
    RideResult r = ride.result();
    if (r == null || r.durationSeconds() == null) {
      return "";
    }
    long typical = Math.round(r.durationSeconds() / 60.0);
    if (r.duration() == null) {
      return text.format("script.minutes", typical);
    }
    long fast = Math.round(r.duration().p10() / 60.0);
    long slow = Math.round(r.duration().p90() / 60.0);
    return fast == slow
        ? text.format("script.minutes", typical)
        : text.format("script.minutesRange", fast, slow, typical);
  }

  public String getDistance() {
    RideResult r = ride.result();
    return r == null || r.distanceKm() == null
        ? ""
        : text.format(
            "script.distance",
            String.format(text.locale(), "%.1f", r.distanceKm()),
            String.format(text.locale(), "%.1f", r.distanceKm() / 1.609344));
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
      case TO_PICKUP -> text.format("script.toPickup", p.minutesLeft());
      case ON_TRIP -> text.format("script.onTrip", p.minutesLeft());
      case ARRIVED -> text.get("script.arrived");
    };
  }
}
