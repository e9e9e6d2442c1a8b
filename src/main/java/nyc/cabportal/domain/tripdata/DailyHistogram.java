package nyc.cabportal.domain.tripdata;

/**
 * One day's trips of one source, binned by one measure (fare, distance, duration or speed) in bins
 * of {@code binWidth} {@code unit}s from zero, the last bin open-ended.
 */
public record DailyHistogram(
    TripSource source, String date, String measure, String unit, double binWidth, long[] counts) {}
