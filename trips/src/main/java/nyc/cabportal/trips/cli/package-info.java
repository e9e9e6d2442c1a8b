/**
 * How every command line of Cab Portal reads its options ({@link nyc.cabportal.trips.cli.Options}):
 * flag, then the environment variable of the same name in capitals, then the default.
 */
package nyc.cabportal.trips.cli;
