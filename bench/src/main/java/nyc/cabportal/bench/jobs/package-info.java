/**
 * The benchmarks' own jobs, each run in a JVM of its own on the classpath of the module it measures
 * ({@code EmbeddedStack.startBenchJob}): the latency floor and the matching on the worker's, the
 * input generator, the CSV → Parquet floor and the serving stage's floor on data prep's. They ship
 * in no part's jar.
 */
package nyc.cabportal.bench.jobs;
