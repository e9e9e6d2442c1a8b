/** The matching benchmark ({@code ./cabportal bench-matching}); not part of the worker's job. */
package nyc.cabportal.worker.bench;
