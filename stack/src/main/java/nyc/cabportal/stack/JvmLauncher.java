package nyc.cabportal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * Starts a part of the stack as its own JVM (or any process), its output in {@code logs/<name>.log}
 * under the data directory: a module's main class on the runtime classpath its build wrote, with an
 * explicit heap; Spark modules in local mode with the settings every Spark job of ours uses on this
 * machine (loopback only, no UI).
 */
public final class JvmLauncher {

  static final Duration STOP_GRACE = Duration.ofSeconds(30);
  private static final Map<String, String> SPARK_ENV = Map.of("SPARK_LOCAL_IP", "127.0.0.1");

  private final StackSettings settings;

  JvmLauncher(StackSettings settings) {
    this.settings = settings;
  }

  /** Where the part {@code name} writes its output. */
  Path logOf(String name) {
    return settings.dataDir().resolve("logs/" + name + ".log");
  }

  /** Starts {@code command} as the part {@code name}. */
  PartProcess start(String name, List<String> command, Map<String, String> env) {
    try {
      Path log = logOf(name);
      PartProcess p = PartProcess.start(name, command, env, log);
      System.out.printf("  started %-8s pid %-7d log %s%n", name, p.pid(), log);
      return p;
    } catch (IOException e) {
      throw new IllegalStateException("could not start " + name + ": " + e.getMessage(), e);
    }
  }

  /** Starts a main class of the stack module itself (broker, store). */
  PartProcess startStackMain(String name, String heap, String mainClass, String... args) {
    return start(name, java(heap, classpath("stack"), mainClass, List.of(), args), Map.of());
  }

  /** Starts a main class of a Spark module (worker, data-prep) as a local-mode Spark app. */
  PartProcess startSparkJob(
      String name, String heap, String module, String mainClass, String... args) {
    return startSparkJob(name, heap, List.of(), module, mainClass, args);
  }

  /** {@link #startSparkJob}, with JVM options of its own ({@code jvmOptions}). */
  PartProcess startSparkJob(
      String name,
      String heap,
      List<String> jvmOptions,
      String module,
      String mainClass,
      String... args) {
    return start(name, sparkJob(heap, false, jvmOptions, module, mainClass, args), SPARK_ENV);
  }

  /**
   * Starts a benchmark's own job (a class of the bench module) on the classpath of {@code module},
   * the part it measures, so that benchmarks stay out of the parts' jars.
   */
  PartProcess startBenchJob(
      String name, String heap, String module, String mainClass, String... args) {
    return start(name, sparkJob(heap, true, List.of(), module, mainClass, args), SPARK_ENV);
  }

  /**
   * Runs a main class in the foreground with this console and returns its exit status: a Spark
   * module's ({@code ./cabportal data-prep}), or with {@code bench} a benchmark's own on that
   * module's classpath.
   */
  int runJob(boolean bench, String heap, String module, String mainClass, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(sparkJob(heap, bench, List.of(), module, mainClass, args)).inheritIO();
    pb.environment().putAll(SPARK_ENV);
    return pb.start().waitFor();
  }

  /** Stops {@code p} cleanly if it runs; returns null, for the caller's field. */
  static PartProcess stop(PartProcess p) {
    if (p != null) {
      p.stop(STOP_GRACE);
    }
    return null;
  }

  /** Kills {@code p} at once ({@code kill -9}), as a crash would; returns null. */
  static PartProcess kill(PartProcess p) {
    if (p != null) {
      p.kill();
    }
    return null;
  }

  private List<String> sparkJob(
      String heap,
      boolean bench,
      List<String> jvmOptions,
      String module,
      String mainClass,
      String... args) {
    String classes = settings.root().resolve(module + "/target/classes").toString();
    if (bench) {
      classes = settings.root().resolve("bench/target/classes") + ":" + classes;
    }
    List<String> options = new ArrayList<>(jvmOptions);
    if (module.equals(DataPrepCommand.MODULE)) {
      options.addAll(DataPrepCommand.JVM_OPTIONS);
    }
    // What spark-submit gives every Spark JVM on Java 17: without java.nio opened, a cached
    // block that must go to disk under memory pressure fails the task (Kryo cannot reach
    // ByteBuffer's array) — seen with data prep at 5 M rows in a 1 GiB heap.
    options.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
    options.addAll(
        List.of(
            "-Dspark.master=local[2]",
            "-Dspark.driver.host=127.0.0.1",
            "-Dspark.driver.bindAddress=127.0.0.1",
            "-Dspark.ui.enabled=false",
            "-Dspark.sql.shuffle.partitions=2",
            // Report an idle query within a second, so readiness is known quickly.
            "-Dspark.sql.streaming.noDataProgressEventInterval=1000",
            // With no new records, look again after 25 ms rather than 10 ms: idle polling
            // of the broker cost a third of a core; under load batches follow each other.
            "-Dspark.sql.streaming.pollingDelay=25ms"));
    return java(heap, classes + ":" + classpath(module), mainClass, options, args);
  }

  private static List<String> java(
      String heap, String classpath, String main, List<String> jvmArgs, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    cmd.add("-XX:+ExitOnOutOfMemoryError");
    if (!heap.endsWith("g")) {
      // Small heaps on 2 cores: the serial collector costs least CPU and pauses briefly.
      cmd.add("-XX:+UseSerialGC");
    }
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(classpath);
    cmd.add(main);
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** A module's runtime classpath (written by its build), the stack's own classes first. */
  private String classpath(String module) {
    Path file = settings.root().resolve(module + "/target/classpath.txt");
    try {
      String deps = Files.readString(file).strip();
      return module.equals("stack")
          ? settings.root().resolve("stack/target/classes") + ":" + deps
          : deps;
    } catch (IOException e) {
      throw new IllegalStateException(
          "no " + file + ": build first (mvn -f parent/pom.xml package)", e);
    }
  }
}
