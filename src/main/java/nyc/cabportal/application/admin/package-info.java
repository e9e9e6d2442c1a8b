/**
 * The admins' use cases, layered like the rider's: the trip dashboard ({@link
 * nyc.cabportal.application.admin.TripDashboard}), the heat map ({@link
 * nyc.cabportal.application.admin.HeatMaps}), live operations ({@link
 * nyc.cabportal.application.admin.LiveOperations}) and data quality ({@link
 * nyc.cabportal.application.admin.DataQuality}). They read through the domain's interfaces and
 * return plain records; {@code interfaces/admin} only turns them into JSON and pages.
 */
package nyc.cabportal.application.admin;
