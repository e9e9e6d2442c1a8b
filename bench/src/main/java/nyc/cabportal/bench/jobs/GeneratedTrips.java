package nyc.cabportal.bench.jobs;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import nyc.cabportal.trips.input.InputFiles;

/**
 * Writes N trip rows for the data-prep benchmark by resampling the real shared rows: Yellow rows
 * (60 %) into monthly files in the raw TLC layout (header with leading spaces, a blank CRLF line,
 * CRLF rows), Uber rows (40 %) into monthly files in FiveThirtyEight's layout (quoted, M/D/YYYY).
 * Each row is a real row moved to a random day of its month with its time of day kept, and its
 * non-zero coordinates jittered by up to ±0.0005° (about 50 m); dirty rows stay dirty, so the
 * rejection mix is the real one. Deterministic for a given N.
 *
 * <p>Usage: GeneratedTrips SHARED_DATA_DIR OUTPUT_DIR ROWS
 */
public final class GeneratedTrips {

  private static final DateTimeFormatter TAXI = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter UBER_IN = DateTimeFormatter.ofPattern("M/d/yyyy H:mm:ss");
  private static final DateTimeFormatter UBER_OUT =
      DateTimeFormatter.ofPattern("M/d/yyyy H:mm:ss", Locale.ROOT);

  private GeneratedTrips() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: GeneratedTrips SHARED_DATA_DIR OUTPUT_DIR ROWS");
      System.exit(2);
    }
    Path shared = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    long rows = Long.parseLong(args[2].replace("_", ""));
    long t = System.nanoTime();
    List<String> yellow = dataLines(shared.resolve("yellow_tripdata_2014_sample_jan-sep.csv.gz"));
    String yellowHeader = header(shared.resolve("yellow_tripdata_2014_sample_jan-sep.csv.gz"));
    List<String> uber = dataLines(shared.resolve("uber-raw-data-apr14.csv.gz"));
    String uberHeader = header(shared.resolve("uber-raw-data-apr14.csv.gz"));
    SplittableRandom random = new SplittableRandom(rows);
    long yellowRows = rows * 6 / 10;
    writeMonths(
        out,
        "yellow_tripdata_2014-%02d.csv",
        1,
        9,
        yellowRows,
        random,
        month -> {
          StringBuilder b = new StringBuilder(yellowHeader).append("\n\r\n");
          return b.toString();
        },
        (month, r) -> yellowRow(yellow.get(r.nextInt(yellow.size())), month, r) + "\r\n");
    String[] names = {"", "", "", "", "apr", "may", "jun", "jul", "aug", "sep"};
    writeMonths(
        out,
        "uber-raw-data-%s14.csv",
        4,
        9,
        rows - yellowRows,
        random,
        month -> uberHeader + "\n",
        (month, r) -> uberRow(uber.get(r.nextInt(uber.size())), month, r) + "\n",
        names);
    System.out.printf(
        "wrote %,d rows into %s in %.1f s%n", rows, out, (System.nanoTime() - t) / 1e9);
  }

  interface Header {
    String of(YearMonth month);
  }

  interface Row {
    String of(YearMonth month, SplittableRandom random);
  }

  private static void writeMonths(
      Path out,
      String pattern,
      int first,
      int last,
      long rows,
      SplittableRandom random,
      Header header,
      Row row,
      String... monthNames)
      throws IOException {
    int months = last - first + 1;
    for (int m = first; m <= last; m++) {
      YearMonth month = YearMonth.of(2014, m);
      long n = rows / months + (m - first < rows % months ? 1 : 0);
      String name = monthNames.length > 0 ? pattern.formatted(monthNames[m]) : pattern.formatted(m);
      try (BufferedWriter w = Files.newBufferedWriter(out.resolve(name), StandardCharsets.UTF_8)) {
        w.write(header.of(month));
        for (long i = 0; i < n; i++) {
          w.write(row.of(month, random));
        }
      }
    }
  }

  static String yellowRow(String real, YearMonth month, SplittableRandom r) {
    String[] f = real.split(",", -1);
    LocalDateTime pickup = LocalDateTime.parse(f[1], TAXI);
    LocalDateTime dropoff = LocalDateTime.parse(f[2], TAXI);
    LocalDateTime moved =
        month.atDay(1 + r.nextInt(month.lengthOfMonth())).atTime(pickup.toLocalTime());
    f[1] = moved.format(TAXI);
    f[2] = moved.plusSeconds(java.time.Duration.between(pickup, dropoff).toSeconds()).format(TAXI);
    for (int i : new int[] {5, 6, 9, 10}) {
      f[i] = jitter(f[i], r);
    }
    return String.join(",", f);
  }

  static String uberRow(String real, YearMonth month, SplittableRandom r) {
    String[] f = real.split(",", -1);
    LocalDateTime pickup = LocalDateTime.parse(f[0].replace("\"", ""), UBER_IN);
    LocalDateTime moved =
        month.atDay(1 + r.nextInt(month.lengthOfMonth())).atTime(pickup.toLocalTime());
    f[0] = "\"" + moved.format(UBER_OUT) + "\"";
    f[1] = jitter(f[1], r);
    f[2] = jitter(f[2], r);
    return String.join(",", f);
  }

  private static String jitter(String coordinate, SplittableRandom r) {
    double v = Double.parseDouble(coordinate);
    if (v == 0) {
      return coordinate;
    }
    return String.format(Locale.ROOT, "%.6f", v + (r.nextDouble() - 0.5) * 0.001);
  }

  private static String header(Path file) throws IOException {
    try (BufferedReader in = InputFiles.open(file)) {
      return in.readLine();
    }
  }

  private static List<String> dataLines(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = InputFiles.open(file)) {
      in.readLine();
      for (String l; (l = in.readLine()) != null; ) {
        if (!l.isBlank()) {
          lines.add(l);
        }
      }
    }
    return lines;
  }
}
