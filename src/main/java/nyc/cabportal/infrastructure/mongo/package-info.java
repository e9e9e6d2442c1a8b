/**
 * MongoDB through the official reactive-streams driver: the portal's rides and roster, and the
 * domain's read interfaces over what the worker and data prep write (fleet, batch reports, request
 * counts, serving tables, run reports), each collection named as {@code contract/} names it.
 */
package nyc.cabportal.infrastructure.mongo;
