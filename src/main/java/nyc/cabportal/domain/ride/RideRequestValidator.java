package nyc.cabportal.domain.ride;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nyc.cabportal.domain.Quoted;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.place.Neighbourhoods;
import nyc.cabportal.domain.place.ServiceArea;
import nyc.cabportal.trips.geo.NewYork;

/**
 * The rules a ride request must satisfy before it is queued. All rules are checked and every broken
 * one reported, so a rider fixes the form in one go.
 */
public final class RideRequestValidator {

  public static final int MIN_PASSENGERS = 1;
  public static final int MAX_PASSENGERS = 6;

  /** Closer than this (about 20 m) counts as the same place. */
  static final double SAME_PLACE_KM = 0.02;

  private final ServiceArea area;
  private final Neighbourhoods land;

  /**
   * {@code area}: the box every point must lie in; {@code land}: the city's zones, which a point
   * must also lie on ({@link Neighbourhoods#NONE}: the box alone decides).
   */
  public RideRequestValidator(ServiceArea area, Neighbourhoods land) {
    this.area = area;
    this.land = land;
  }

  /**
   * Checks the draft and returns the request it describes.
   *
   * @throws InvalidRideRequest naming every broken rule
   */
  public RideRequest validate(RideDraft draft, String id, Instant acceptedAt) {
    return validate(draft, List.of(), id, acceptedAt);
  }

  /**
   * Like {@link #validate(RideDraft, String, Instant)}, for a draft whose input already had errors
   * (a latitude that is not a number, say): those are reported together with the broken rules, and
   * a field that already has an input error is not reported again as missing.
   */
  public RideRequest validate(
      RideDraft draft, List<FieldError> inputErrors, String id, Instant acceptedAt) {
    List<FieldError> errors = new ArrayList<>(inputErrors);
    java.util.Set<String> known = new java.util.HashSet<>();
    inputErrors.forEach(e -> known.add(e.field()));
    if (!known.contains("pickup")) {
      checkPoint("pickup", draft.pickup(), errors);
    }
    if (!known.contains("dropoff")) {
      checkPoint("dropoff", draft.dropoff(), errors);
    }
    if (draft.pickup() != null
        && draft.dropoff() != null
        && draft.pickup().distanceKmTo(draft.dropoff()) < SAME_PLACE_KM) {
      errors.add(new FieldError("dropoff", "pickup and dropoff are the same place"));
    }
    Integer passengers = draft.passengers();
    if (known.contains("passengers")) {
      // already reported
    } else if (passengers == null) {
      errors.add(new FieldError("passengers", "passengers is missing"));
    } else if (passengers < MIN_PASSENGERS || passengers > MAX_PASSENGERS) {
      errors.add(
          new FieldError(
              "passengers",
              "passengers must be between "
                  + MIN_PASSENGERS
                  + " and "
                  + MAX_PASSENGERS
                  + ", not "
                  + passengers));
    }
    LocalDateTime pickupAt =
        known.contains("pickupAt") ? null : parsePickupAt(draft.pickupAt(), acceptedAt, errors);
    if (!errors.isEmpty()) {
      throw new InvalidRideRequest(errors);
    }
    return new RideRequest(id, draft.pickup(), draft.dropoff(), passengers, pickupAt, acceptedAt);
  }

  private void checkPoint(String field, GeoPoint p, List<FieldError> errors) {
    if (p == null) {
      errors.add(new FieldError(field, field + " is missing"));
    } else if (!Double.isFinite(p.lat())
        || !Double.isFinite(p.lon())
        || Math.abs(p.lat()) > 90
        || Math.abs(p.lon()) > 180) {
      errors.add(
          new FieldError(field, field + " " + Quoted.of(p) + " is not a latitude,longitude pair"));
    } else if (!area.contains(p)) {
      errors.add(
          new FieldError(field, field + " " + Quoted.of(p) + " is outside the NYC service area"));
    } else {
      Neighbourhoods.Ground ground = land.groundOf(p);
      if (ground == Neighbourhoods.Ground.NONE) {
        errors.add(
            new FieldError(
                field,
                field
                    + " "
                    + Quoted.of(p)
                    + " is not on the city's land: in the water, or outside its taxi zones"));
      } else if (ground == Neighbourhoods.Ground.NEWARK_AIRPORT && field.equals("pickup")) {
        // The 2014 tariff prices a trip to Newark (a surcharge); a NYC cab does not pick up there.
        errors.add(
            new FieldError(
                field,
                "pickup "
                    + Quoted.of(p)
                    + " is at Newark Airport, in New Jersey: a NYC cab takes riders there, not from"
                    + " there"));
      }
    }
  }

  /**
   * The earliest pickup time estimated for: the TLC's published trip records begin in 2009. A
   * pickup time says which time of the week the estimate is for; the cab is sent at once
   * (simplification: rides are not scheduled).
   */
  static final LocalDateTime EARLIEST_PICKUP = LocalDateTime.of(2009, 1, 1, 0, 0);

  /** How far ahead a pickup time may be: to the end of the day a year and a day from now. */
  static final Period LATEST_PICKUP_AHEAD = Period.ofDays(366);

  private static LocalDateTime parsePickupAt(
      String text, Instant acceptedAt, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      LocalDateTime at = LocalDateTime.parse(text.strip());
      LocalDate lastDay = LocalDate.ofInstant(acceptedAt, NewYork.ZONE).plus(LATEST_PICKUP_AHEAD);
      if (at.isBefore(EARLIEST_PICKUP) || at.toLocalDate().isAfter(lastDay)) {
        errors.add(
            new FieldError(
                "pickupAt",
                "pickupAt \""
                    + Quoted.of(text)
                    + "\" is outside the times estimates are made for: give a New York date and"
                    + " time from "
                    + EARLIEST_PICKUP.toLocalDate()
                    + " to "
                    + lastDay
                    + ", or none for now"));
        return null;
      }
      return at;
    } catch (DateTimeParseException e) {
      errors.add(
          new FieldError(
              "pickupAt",
              "pickupAt \""
                  + Quoted.of(text)
                  + "\" is not a New York local date-time like 2014-10-14T18:30:00"));
      return null;
    }
  }
}
