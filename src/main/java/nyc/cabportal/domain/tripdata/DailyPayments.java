package nyc.cabportal.domain.tripdata;

/** One day's trips of one source paid one way: how many were tipped, fares and tips summed. */
public record DailyPayments(
    TripSource source,
    String date,
    String paymentType,
    long trips,
    long tippedTrips,
    double fareSum,
    double tipSum) {}
