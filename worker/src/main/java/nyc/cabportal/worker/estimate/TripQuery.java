package nyc.cabportal.worker.estimate;

import java.time.LocalDateTime;

/**
 * What an estimate is asked about.
 *
 * @param pickupAt New York local time of the pickup (its hour of week picks historical trips)
 */
public record TripQuery(
    double pickupLat,
    double pickupLon,
    double dropoffLat,
    double dropoffLon,
    int passengers,
    LocalDateTime pickupAt) {}
