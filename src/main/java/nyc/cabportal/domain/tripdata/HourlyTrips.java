package nyc.cabportal.domain.tripdata;

/** The trips of one source on one day, by hour of the day (24 counts). */
public record HourlyTrips(TripSource source, String date, String dayOfWeek, long[] trips) {}
