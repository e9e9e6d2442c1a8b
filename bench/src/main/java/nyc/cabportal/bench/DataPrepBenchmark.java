package nyc.cabportal.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nyc.cabportal.bench.jobs.CsvToParquetFloor;
import nyc.cabportal.bench.jobs.GeneratedTrips;
import nyc.cabportal.bench.jobs.ServingFloor;
import nyc.cabportal.stack.DataDirectory;
import nyc.cabportal.stack.DataPrepCommand;
import nyc.cabportal.stack.EmbeddedStack;
import nyc.cabportal.stack.PartProcess;
import nyc.cabportal.stack.StackSettings;
import nyc.cabportal.trips.input.InputFile;
import nyc.cabportal.trips.input.InputFiles;

/**
 * The data-prep benchmark ({@code ./cabportal bench-data-prep --rows 1000000,5000000}): for each
 * size, generates that many rows from the shared samples (GeneratedTrips), times the floor (a bare
 * Spark CSV → Parquet of the same files) and the whole job against its own embedded MongoDB, each
 * in a fresh JVM with the same heap, and prints rows/s, the ratio to the floor, peak heap, CPU and
 * where the job's time went; then, on the job's warehouse, the serving stage's own floor ({@link
 * ServingFloor}).
 */
public final class DataPrepBenchmark {

  private DataPrepBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Long> sizes = new ArrayList<>(List.of(1_000_000L, 5_000_000L));
    String heap = "2g";
    Path dir = Path.of("/tmp/cabportal-data-prep-bench");
    List<String> inputs = new ArrayList<>();
    Path dump = null;
    String parallelism = "2";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--rows" -> {
          sizes.clear();
          for (String s : args[i + 1].split(",")) {
            sizes.add(Long.parseLong(s.strip().replace("_", "")));
          }
        }
        case "--heap" -> heap = args[i + 1];
        case "--dir" -> dir = Path.of(args[i + 1]);
        case "--input" -> inputs.addAll(List.of(args[i + 1].split(",")));
        case "--dump" -> dump = Path.of(args[i + 1]);
        case "--serving-parallelism" -> parallelism = args[i + 1];
        default -> {
          System.err.println(
              "usage: ./cabportal bench-data-prep [--rows N,N…] [--input DIR,DIR…] [--heap 2g]"
                  + " [--dir DIR] [--dump DIR] [--serving-parallelism N]");
          System.exit(2);
        }
      }
    }
    StackSettings base = StackSettings.fromEnvironment(StackSettings.findRoot(), System.getenv());
    StackSettings settings =
        base.withPorts(
            base.httpPort(), base.portalPort(), 39092, 39093, 37099, 39464, dir.resolve("stack"));
    DataDirectory.delete(settings.dataDir());
    try (EmbeddedStack stack = new EmbeddedStack(settings)) {
      stack.startMongo();
      System.out.printf(
          "data-prep benchmark: %s, heap %s, %d cores; inputs under %s%n",
          sizes, heap, Runtime.getRuntime().availableProcessors(), dir);
      RunOptions options = new RunOptions(heap, dump, parallelism);
      if (!inputs.isEmpty()) {
        // Real files as published: the job and the floor read the same directories.
        run(stack, settings, dir.resolve("real"), inputs, options);
      } else {
        for (long rows : sizes) {
          run(stack, settings, dir, rows, options.dumpingUnder(String.valueOf(rows)));
        }
      }
    }
  }

  /**
   * What every run of the job gets: the heap (the floor's too), where its serving tables are dumped
   * (null: not), and how many serving tables it builds at a time.
   */
  record RunOptions(String heap, Path dump, String servingParallelism) {

    RunOptions dumpingUnder(String subdirectory) {
      return new RunOptions(
          heap, dump == null ? null : dump.resolve(subdirectory), servingParallelism);
    }
  }

  private static void run(
      EmbeddedStack stack, StackSettings s, Path dir, long rows, RunOptions options)
      throws Exception {
    Path input = dir.resolve(rows + "/input");
    if (!Files.exists(input.resolve(".complete"))) {
      DataDirectory.delete(input);
      Measured gen =
          measure(
              stack,
              "generate-" + rows,
              options.heap(),
              GeneratedTrips.class.getName(),
              s.tripData().toString(),
              input.toString(),
              String.valueOf(rows));
      Files.writeString(input.resolve(".complete"), gen.lastLine);
    }
    run(stack, s, dir.resolve(String.valueOf(rows)), List.of(input.toString()), options);
  }

  /**
   * Times the floor and the job on {@code inputs}, each in a fresh JVM, and prints both; with a
   * dump directory, writes the job's serving tables there ({@link ServingDump}).
   */
  private static void run(
      EmbeddedStack stack, StackSettings s, Path dir, List<String> inputs, RunOptions options)
      throws Exception {
    String heap = options.heap();
    long bytes = 0;
    for (InputFile f : InputFiles.scan(inputs)) {
      bytes += f.bytes();
    }
    String input = String.join(",", inputs);
    Path floorOut = dir.resolve("floor");
    DataDirectory.delete(floorOut);
    Measured floor =
        measure(
            stack,
            "floor-" + dir.getFileName(),
            heap,
            CsvToParquetFloor.class.getName(),
            input,
            floorOut.toString());
    Path warehouse = dir.resolve("warehouse");
    DataDirectory.delete(warehouse);
    String database = "bench_" + dir.getFileName() + "_" + System.currentTimeMillis();
    Measured job =
        measure(
            stack,
            "data-prep-" + dir.getFileName(),
            heap,
            // Data prep is not on this JVM's classpath: the stack names its entry point.
            DataPrepCommand.MAIN_CLASS,
            "--input",
            input,
            "--boroughs-geojson",
            s.boroughs().toString(),
            "--warehouse",
            warehouse.toString(),
            "--mongodb-uri",
            s.mongoUri(),
            "--mongodb-database",
            database,
            "--serving-parallelism",
            options.servingParallelism());
    JsonObject summary = json(job.lastLine);
    long rows = summary.getJsonNumber("rowsRead").longValue();
    JsonObject floorSummary = json(floor.lastLine);
    double jobS = job.seconds;
    double floorS = floor.seconds;
    System.out.printf(
        Locale.ROOT,
        "%n%,d rows (%.0f MB of CSV in %s)%n"
            + "  job   %6.1f s  %,9.0f rows/s  %,8.0f rows/s per core  CPU %.0f s (%.2f cores;"
            + " JIT %.0f s)  peak heap %d MiB (live after GC %d)%n"
            + "  floor %6.1f s  %,9.0f rows/s  %,8.0f rows/s per core  CPU %.0f s (%.2f cores;"
            + " JIT %.0f s)  peak heap %d MiB (live after GC %d)%n"
            + "  job / floor = %.2f%n"
            + "  job: kept %,d, rejected %,d %s%n"
            + "  job stages (s): %s%n"
            + "  serving tables: %s%n",
        rows,
        bytes / 1e6,
        input,
        jobS,
        rows / jobS,
        rows / jobS / Runtime.getRuntime().availableProcessors(),
        job.cpuSeconds,
        job.cpuSeconds / jobS,
        job.jitSeconds,
        summary.getJsonNumber("peakHeapMiB").longValue(),
        summary.getJsonNumber("peakLiveHeapMiB").longValue(),
        floorS,
        rows / floorS,
        rows / floorS / Runtime.getRuntime().availableProcessors(),
        floor.cpuSeconds,
        floor.cpuSeconds / floorS,
        floor.jitSeconds,
        floorSummary.getJsonNumber("peakHeapMiB").longValue(),
        floorSummary.getJsonNumber("peakLiveHeapMiB").longValue(),
        jobS / floorS,
        summary.getJsonNumber("kept").longValue(),
        summary.getJsonNumber("rejected").longValue(),
        summary.get("rejectedByReason"),
        summary.get("timingsS"),
        summary.get("servingTables"));
    // The least Spark does for such tables, on the warehouse the job just built (ServingFloor).
    JsonObject servingFloor =
        json(
            measure(
                    stack,
                    "serving-floor-" + dir.getFileName(),
                    heap,
                    ServingFloor.class.getName(),
                    warehouse.toString())
                .lastLine);
    double read = servingFloor.getJsonNumber("readS").doubleValue();
    double sort = servingFloor.getJsonNumber("estimateSortS").doubleValue();
    double count = servingFloor.getJsonNumber("countByCellS").doubleValue();
    double stage = summary.getJsonObject("timingsS").getJsonNumber("servingTables").doubleValue();
    System.out.printf(
        Locale.ROOT,
        "  serving stage's floor (s): read the served columns once %.1f, the estimates' shuffle and"
            + " sort %.1f, one count by cell and hour %.1f; together %.1f, the stage %.1f (%.2f ×)%n",
        read,
        sort,
        count,
        read + sort + count,
        stage,
        stage / (read + sort + count));
    if (options.dump() != null) {
      long n = ServingDump.write(s.mongoUri(), database, options.dump());
      System.out.printf("  serving tables written to %s: %,d documents%n", options.dump(), n);
    }
  }

  /**
   * A run of one JVM: wall time from start to exit, its CPU time and its JIT compiler threads' part
   * of it, and its last output line.
   */
  record Measured(double seconds, double cpuSeconds, double jitSeconds, String lastLine) {}

  private static Measured measure(
      EmbeddedStack stack, String name, String heap, String main, String... args) throws Exception {
    long t = System.nanoTime();
    PartProcess p = stack.startBenchJob(name, heap, DataPrepCommand.MODULE, main, args);
    long cpuMillis = 0;
    long jitMillis = 0;
    while (p.isAlive()) {
      cpuMillis = Math.max(cpuMillis, PartCpu.millis(p.pid()));
      jitMillis = Math.max(jitMillis, PartCpu.compilerMillis(p.pid()));
      Thread.sleep(100);
    }
    double seconds = (System.nanoTime() - t) / 1e9;
    int status = p.waitForExit();
    if (status != 0) {
      throw new IllegalStateException(name + " failed (" + status + "):\n" + p.logTail(30));
    }
    return new Measured(seconds, cpuMillis / 1000.0, jitMillis / 1000.0, p.logTail(1).strip());
  }

  private static JsonObject json(String line) {
    try (var r = Json.createReader(new StringReader(line))) {
      return r.readObject();
    }
  }
}
