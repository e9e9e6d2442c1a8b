/** Benchmarks run against a live stack; see BENCHMARKS.md. */
package nyc.cabportal.bench;
