package nyc.cabportal.domain.tripdata;

/** The trips of one source on one day ({@code date} as {@code 2014-04-01}). */
public record DailyTrips(TripSource source, String date, long trips) {}
