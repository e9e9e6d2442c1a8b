package nyc.cabportal.stack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code ./cabportal data-prep [options]}: runs the data-prep job in the foreground, by default
 * over the shared trip data, into the embedded stack's warehouse ({@code var/warehouse}) and
 * MongoDB. Options and environment variables given override those defaults (see the job's usage).
 */
public final class DataPrepCommand {

  private DataPrepCommand() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    StackSettings settings = StackSettings.fromEnvironment(StackSettings.findRoot(), env);
    List<String> all = new ArrayList<>(Arrays.asList(args));
    defaultTo(all, env, "--input", "DATAPREP_INPUT", settings.tripData().toString());
    defaultTo(all, env, "--boroughs-geojson", "BOROUGHS_GEOJSON", settings.boroughs().toString());
    defaultTo(
        all,
        env,
        "--warehouse",
        "DATAPREP_WAREHOUSE",
        settings.dataDir().resolve("warehouse").toString());
    defaultTo(all, env, "--mongodb-uri", "MONGODB_URI", settings.mongoUri());
    int status =
        new EmbeddedStack(settings)
            .runSparkJob(
                env.getOrDefault("DATAPREP_HEAP", "2g"),
                "data-prep",
                "nyc.cabportal.dataprep.job.DataPrep",
                all.toArray(String[]::new));
    System.exit(status);
  }

  private static void defaultTo(
      List<String> args, Map<String, String> env, String option, String variable, String value) {
    if (!args.contains(option) && (env.get(variable) == null || env.get(variable).isBlank())) {
      args.add(option);
      args.add(value);
    }
  }
}
