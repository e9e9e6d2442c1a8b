/** Rides in MongoDB through the official reactive-streams driver. */
package nyc.cabportal.infrastructure.mongo;
