package nyc.cabportal.trips;

/** The published columns that Cab Portal reads, by their meaning rather than their name. */
public enum Column {
  VENDOR,
  PICKUP_TIME,
  DROPOFF_TIME,
  PASSENGERS,
  DISTANCE,
  PICKUP_LON,
  PICKUP_LAT,
  DROPOFF_LON,
  DROPOFF_LAT,
  RATE_CODE,
  PAYMENT,
  FARE,
  EXTRA,
  MTA_TAX,
  TIP,
  TOLLS,
  TOTAL
}
