package nyc.cabportal.worker.history;

/**
 * What data prep's {@code trip_estimates} table says of the trips from one cell to another in one
 * time bucket (a document of that table): plain medians, and how these trips compare with the
 * city-wide lines on the straight-line distance (the model's all-trips group).
 *
 * @param fareRatioP50 median of fare ÷ the city-wide fare line at the trip's distance
 * @param fareRatioMean mean of the same ratio: fares are skewed right, so it lies above the median
 * @param durationLogP10 p10 of log duration − the city-wide log-duration line
 * @param durationLogP50 its median
 * @param durationLogP90 its p90
 * @param detourP50 median of metered ÷ straight-line distance
 */
public record TripStats(
    long trips,
    double durationSP50,
    double speedKmhP50,
    double fareRatioP10,
    double fareRatioP50,
    double fareRatioP90,
    double fareRatioMean,
    double durationLogP10,
    double durationLogP50,
    double durationLogP90,
    double detourP50) {}
