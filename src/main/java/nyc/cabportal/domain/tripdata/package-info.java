/**
 * The admins' view of the 2014 trip data: histograms, tips by payment type, busiest areas, hours of
 * the week — computed from data prep's serving tables, never from the trips themselves.
 */
package nyc.cabportal.domain.tripdata;
