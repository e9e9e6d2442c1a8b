package nyc.cabportal.domain.ride;

import nyc.cabportal.domain.place.GeoPoint;

/**
 * What a rider filled in, before any rule is checked: any part may be missing.
 *
 * @param pickupAt New York local date-time as typed, or null for "now"
 */
public record RideDraft(GeoPoint pickup, GeoPoint dropoff, Integer passengers, String pickupAt) {}
