package nyc.cabportal.domain.ride;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import nyc.cabportal.domain.place.GeoPoint;

/**
 * A valid request for a cab, as accepted by the portal.
 *
 * @param pickupAt New York local time the rider wants the cab, or null for as soon as possible
 * @param acceptedAt when the portal received the request; end-to-end latency counts from here
 */
public record RideRequest(
    String id,
    GeoPoint pickup,
    GeoPoint dropoff,
    int passengers,
    LocalDateTime pickupAt,
    Instant acceptedAt) {

  private static final DateTimeFormatter PICKUP_AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  /** The pickup time as the contract writes it ({@code 2014-10-14T18:30:00}), or null. */
  public String pickupAtText() {
    return pickupAt == null ? null : PICKUP_AT.format(pickupAt);
  }
}
