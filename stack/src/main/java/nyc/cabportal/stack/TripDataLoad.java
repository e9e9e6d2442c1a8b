package nyc.cabportal.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first start's load of the NYC trip data: data prep over the trip files of {@link
 * StackSettings#tripData()}, unless the store already holds a successful run (the job itself
 * checks, so a later start costs one query). Its progress lines are repeated on the console as it
 * runs ({@link ConsoleProgress}), then its summary.
 *
 * <p>The job runs with the JIT's first tier only ({@value #QUICK_JIT}): a load of the shared data
 * lasts well under a minute, in which the optimising compiler spent more CPU compiling Spark than
 * it saved (BENCHMARKS.md, "Data prep at the speed of Spark"), on cores the portal and the worker
 * need at the same time.
 */
final class TripDataLoad {

  static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

  private final StackSettings settings;
  private final JvmLauncher launcher;
  private volatile PartProcess job;

  TripDataLoad(StackSettings settings, JvmLauncher launcher) {
    this.settings = settings;
    this.launcher = launcher;
  }

  /** Runs data prep if the store holds no trip data yet, and waits for it. */
  void run() {
    Path input = settings.tripData();
    if (!Files.isDirectory(input)) {
      System.out.println("  no trip data at " + input + ": the store stays empty (DATAPREP_INPUT)");
      return;
    }
    ConsoleProgress progress =
        new ConsoleProgress(
            launcher.logOf("data-prep"),
            "[data-prep] ",
            "data-prep",
            System.out,
            System.console() != null);
    PartProcess started;
    try {
      started =
          launcher.startSparkJob(
              "data-prep",
              "1g",
              List.of(QUICK_JIT),
              DataPrepCommand.MODULE,
              DataPrepCommand.MAIN_CLASS,
              "--input",
              input.toString(),
              "--boroughs-geojson",
              settings.boroughs().toString(),
              "--warehouse",
              settings.dataDir().resolve("warehouse").toString(),
              "--mongodb-uri",
              settings.mongoUri(),
              "--only-if-empty",
              "true",
              "--progress-seconds",
              "2");
    } catch (RuntimeException e) {
      progress.close();
      throw e;
    }
    job = started;
    System.out.println(
        "  data-prep loads " + input + " if the store holds no trip data yet (first start)");
    try (progress) {
      int status = started.waitForExit();
      progress.close();
      if (status != 0) {
        throw new IllegalStateException(
            "data prep failed (exit status "
                + status
                + "); last lines of "
                + started.log()
                + ":\n"
                + started.logTail(30));
      }
      System.out.println("  data-prep " + summary(started.logTail(1).strip()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while data prep ran", e);
    } finally {
      job = null;
    }
  }

  /** The job's last line (its summary as one flat-enough JSON object) in words. */
  static String summary(String json) {
    if (json.contains("\"skipped\": true")) {
      return "found the trip data in the store: nothing to load";
    }
    try {
      return String.format(
          Locale.ROOT,
          "done in %.1f s: %,d rows from %d files, %,d kept, %,d rejected (the data-quality page"
              + " says why)",
          number(json, "seconds"),
          (long) number(json, "rowsRead"),
          (long) number(json, "filesLoaded"),
          (long) number(json, "kept"),
          (long) number(json, "rejected"));
    } catch (IllegalArgumentException e) {
      return json; // not the summary: show it as it is
    }
  }

  /** The number after the first {@code "key": } in {@code json}. */
  private static double number(String json, String key) {
    Matcher m = Pattern.compile("\"" + key + "\":\\s*(-?[0-9.]+)").matcher(json);
    if (!m.find()) {
      throw new IllegalArgumentException("no " + key);
    }
    return Double.parseDouble(m.group(1));
  }

  /** Stops a load still running: its load is not committed, so the next start loads again. */
  void stop() {
    job = JvmLauncher.stop(job);
  }

  PartProcess running() {
    return job;
  }
}
