package nyc.cabportal.stack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nyc.cabportal.trips.cli.Options;

/**
 * {@code ./cabportal data-prep [options]}: runs the data-prep job in the foreground, by default
 * over the shared trip data, into the embedded stack's warehouse ({@code var/warehouse}) and
 * MongoDB. Options and environment variables given override those defaults (see the job's usage).
 */
public final class DataPrepCommand {

  /** Data prep's entry point, in the data-prep module (started from its classpath). */
  public static final String MAIN_CLASS = "nyc.cabportal.dataprep.job.DataPrep";

  /** The module whose classpath data prep (and its benchmark's floor) runs on. */
  public static final String MODULE = "data-prep";

  /**
   * What every JVM on data prep's classpath gets. Spark's generated code that encodes the load's
   * trip rows (41 columns) for the partitioned write is one method of 10,428 bytes ({@code
   * serializefromobject_doConsume}, as Spark's {@code CodeGenerator} logs at INFO), above HotSpot's
   * 8,000-byte limit for compiling a method: it ran interpreted, half of the load's CPU. Compiling
   * it halved the load at 5 M rows (BENCHMARKS.md, issue 20). Spark's own setting, {@code
   * spark.sql.codegen.hugeMethodLimit}, can only turn such code generation off.
   */
  public static final List<String> JVM_OPTIONS = List.of("-XX:-DontCompileHugeMethods");

  private DataPrepCommand() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    StackSettings settings = StackSettings.fromEnvironment(StackSettings.findRoot(), env);
    List<String> all = new ArrayList<>(Arrays.asList(args));
    defaultTo(all, env, "input", settings.tripData().toString());
    defaultTo(all, env, "boroughs-geojson", settings.boroughs().toString());
    defaultTo(all, env, "warehouse", settings.dataDir().resolve("warehouse").toString());
    defaultTo(all, env, "mongodb-uri", settings.mongoUri());
    int status =
        new EmbeddedStack(settings)
            .runSparkJob(
                env.getOrDefault("DATAPREP_HEAP", "2g"),
                MODULE,
                MAIN_CLASS,
                all.toArray(String[]::new));
    System.exit(status);
  }

  /** Passes the embedded stack's value of an option the user gave neither as flag nor variable. */
  private static void defaultTo(
      List<String> args, Map<String, String> env, String option, String value) {
    String variable = Options.envName(option);
    if (!args.contains("--" + option)
        && (env.get(variable) == null || env.get(variable).isBlank())) {
      args.add("--" + option);
      args.add(value);
    }
  }
}
