/**
 * Every benchmark of Cab Portal, behind one entry point ({@link nyc.cabportal.bench.Benchmarks}):
 * the ride load and its Kafka → Spark floor, scaling out, the admin pages, the soak, the estimates'
 * accuracy, data prep against a bare Spark copy, the matching's own cost. Benchmarks drive the
 * running parts from outside; the jobs some of them run inside a part's classpath are in {@code
 * jobs}. See BENCHMARKS.md.
 */
package nyc.cabportal.bench;
