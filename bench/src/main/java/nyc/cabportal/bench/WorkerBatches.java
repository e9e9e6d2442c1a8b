package nyc.cabportal.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dispatch worker's micro-batches during a run, from the line it logs per batch ("batch 12: 183
 * records, … 412 ms (spark 120, lookup 8, decide 35, store 249)"): how many records each batch held
 * and how long its parts took. Read from the log from where it ended when the run began.
 */
final class WorkerBatches {

  private static final Pattern LINE =
      Pattern.compile(
          "batch \\d+: (\\d+) records,.* (\\d+) ms \\(spark (\\d+), lookup (\\d+), decide (\\d+),"
              + " store (\\d+)(?:: cabs (\\d+))?");

  private final Path log;
  private final long from;

  private WorkerBatches(Path log, long from) {
    this.log = log;
    this.from = from;
  }

  /** Marks where the log ends now; {@link #summary()} reads what comes after. */
  static WorkerBatches mark(Path log) throws IOException {
    return new WorkerBatches(log, Files.exists(log) ? Files.size(log) : 0);
  }

  String summary() throws IOException {
    if (!Files.exists(log)) {
      return "worker batches: no worker log at " + log;
    }
    List<Double> records = new ArrayList<>();
    List<Double> total = new ArrayList<>();
    List<Double> decide = new ArrayList<>();
    List<Double> store = new ArrayList<>();
    List<Double> cabs = new ArrayList<>();
    try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
      f.seek(from);
      byte[] rest = new byte[(int) (f.length() - from)];
      f.readFully(rest);
      for (String line : new String(rest, StandardCharsets.UTF_8).split("\n")) {
        Matcher m = LINE.matcher(line);
        if (m.find()) {
          records.add(Double.parseDouble(m.group(1)));
          total.add(Double.parseDouble(m.group(2)));
          decide.add(Double.parseDouble(m.group(5)));
          store.add(Double.parseDouble(m.group(6)));
          if (m.group(7) != null) {
            cabs.add(Double.parseDouble(m.group(7)));
          }
        }
      }
    }
    if (records.isEmpty()) {
      return "worker batches: none logged";
    }
    return String.format(
            Locale.ROOT,
            "worker: %d batches; records per batch p50 %.0f / p99 %.0f / max %.0f%n",
            records.size(),
            Percentiles.of(records).p50(),
            Percentiles.of(records).p99(),
            Percentiles.of(records).max())
        + String.format(
            Locale.ROOT,
            "  batch time ms p50 %.0f / p99 %.0f; of which decide (estimate + match) p50 %.0f / p99"
                + " %.0f, store p50 %.0f / p99 %.0f",
            Percentiles.of(total).p50(),
            Percentiles.of(total).p99(),
            Percentiles.of(decide).p50(),
            Percentiles.of(decide).p99(),
            Percentiles.of(store).p50(),
            Percentiles.of(store).p99())
        + (cabs.isEmpty()
            ? ""
            : String.format(
                Locale.ROOT,
                " (cab documents p50 %.0f / p99 %.0f)",
                Percentiles.of(cabs).p50(),
                Percentiles.of(cabs).p99()));
  }
}
