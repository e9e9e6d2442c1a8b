package nyc.cabportal.domain.place;

/** A named NYC place a rider can pick instead of typing coordinates. */
public record Place(String id, String name, String borough, GeoPoint location) {}
