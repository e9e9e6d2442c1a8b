package nyc.cabportal.domain.tripdata;

/** Trips in one H3 cell (its hexadecimal address, as data prep writes it). */
public record CellTrips(String h3, long trips) {}
