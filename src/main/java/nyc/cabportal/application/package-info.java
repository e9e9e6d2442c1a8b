/**
 * Use cases: taking a ride request in ({@link nyc.cabportal.application.RideIntake}), following
 * rides until they are answered ({@link nyc.cabportal.application.RideTracker}) and finishing
 * requests a crash left half-written ({@link nyc.cabportal.application.PendingRideRecovery}). They
 * depend on the domain's interfaces, never on the web or on MongoDB and Kafka directly.
 */
package nyc.cabportal.application;
