package nyc.cabportal.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nyc.cabportal.bench.jobs.MatchingBenchmark;
import nyc.cabportal.stack.EmbeddedStack;
import nyc.cabportal.stack.StackSettings;

/**
 * The one entry point of every benchmark ({@code ./cabportal bench-…}; BENCHMARKS.md has their
 * commands and committed output): {@code Benchmarks NAME [options]}. Benchmarks that measure a
 * Spark module run their own jobs ({@code jobs/}) on that module's classpath in a JVM of their own,
 * so no benchmark code ships in the parts' jars.
 */
public final class Benchmarks {

  /** A benchmark's entry point, given the options after its name. */
  @FunctionalInterface
  interface Entry {
    void run(String[] args) throws Exception;
  }

  static final Map<String, Entry> ALL = all();

  private Benchmarks() {}

  private static Map<String, Entry> all() {
    Map<String, Entry> m = new LinkedHashMap<>();
    m.put("bench", Benchmark::main);
    m.put("bench-scaling", ScalingBenchmark::main);
    m.put("bench-admin", AdminPagesBenchmark::main);
    m.put("bench-browsers", WaitingBrowsers::main);
    m.put("bench-store", StoreBenchmark::main);
    m.put("soak", Soak::main);
    m.put("bench-accuracy", AccuracyBenchmark::main);
    m.put("bench-data-prep", DataPrepBenchmark::main);
    m.put("bench-matching", Benchmarks::matching);
    return m;
  }

  public static void main(String[] args) throws Exception {
    Entry entry = args.length == 0 ? null : ALL.get(args[0]);
    if (entry == null) {
      System.err.println("Usage: Benchmarks " + String.join("|", ALL.keySet()) + " [options]");
      System.exit(2);
      return;
    }
    entry.run(Arrays.copyOfRange(args, 1, args.length));
  }

  /**
   * The matching's own cost ({@link MatchingBenchmark}) on the worker's classpath, over the real
   * Yellow sample of the trip data ({@code DATAPREP_INPUT}, default {@code ../shared/data}).
   */
  private static void matching(String[] args) throws Exception {
    StackSettings settings =
        StackSettings.fromEnvironment(StackSettings.findRoot(), System.getenv());
    List<String> all = new ArrayList<>();
    all.add(settings.tripData().resolve("yellow_tripdata_2014_sample_jan-sep.csv.gz").toString());
    all.addAll(List.of(args));
    int status =
        new EmbeddedStack(settings)
            .runBenchJob(
                "1g", "worker", MatchingBenchmark.class.getName(), all.toArray(String[]::new));
    if (status != 0) {
      System.exit(status);
    }
  }
}
