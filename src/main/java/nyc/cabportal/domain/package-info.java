/**
 * The domain of Cab Portal in plain Java: rides, places, the service area and the rules a ride
 * request must satisfy. Nothing here imports Jakarta, Kafka, MongoDB or Spark, so the rules are
 * tested in plain JUnit in milliseconds.
 */
package nyc.cabportal.domain;
