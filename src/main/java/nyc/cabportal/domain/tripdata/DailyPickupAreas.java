package nyc.cabportal.domain.tripdata;

import java.util.List;

/** One day's pickups of one source by H3 res-7 cell. */
public record DailyPickupAreas(TripSource source, String date, List<CellTrips> cells) {}
