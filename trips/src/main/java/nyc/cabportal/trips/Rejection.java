package nyc.cabportal.trips;

/** A rule a row broke, with the detail that shows how ("fare_amount -4.5"). */
public record Rejection(RejectReason reason, String detail) {}
