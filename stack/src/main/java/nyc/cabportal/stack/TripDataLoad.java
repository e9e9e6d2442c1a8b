package nyc.cabportal.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The first start's load of the NYC trip data: data prep over the trip files of {@link
 * StackSettings#tripData()}, unless the store already holds a successful run (the job itself
 * checks, so a later start costs one query). Its progress lines are in its log; its summary (the
 * last line, JSON) is printed.
 */
final class TripDataLoad {

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
    PartProcess started =
        launcher.startSparkJob(
            "data-prep",
            "1g",
            "data-prep",
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
            "true");
    job = started;
    System.out.println(
        "  data-prep loads "
            + input
            + " if the store holds no trip data yet (first start: minutes; progress in "
            + started.log()
            + ")");
    try {
      int status = started.waitForExit();
      if (status != 0) {
        throw new IllegalStateException(
            "data prep failed (exit status "
                + status
                + "); last lines of "
                + started.log()
                + ":\n"
                + started.logTail(30));
      }
      System.out.println("  data-prep " + started.logTail(1).strip());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while data prep ran", e);
    } finally {
      job = null;
    }
  }

  /** Stops a load still running: its load is not committed, so the next start loads again. */
  void stop() {
    job = JvmLauncher.stop(job);
  }

  PartProcess running() {
    return job;
  }
}
