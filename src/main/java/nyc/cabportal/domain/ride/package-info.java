/**
 * The ride aggregate: a rider's request, its life cycle ({@link
 * nyc.cabportal.domain.ride.RideStatus}) and the worker's answer, with the repository and queue
 * interfaces the application layer needs.
 */
package nyc.cabportal.domain.ride;
