package nyc.cabportal.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import nyc.cabportal.trips.CleaningRules;
import nyc.cabportal.trips.FileLayout;
import nyc.cabportal.trips.Trip;
import nyc.cabportal.trips.TripFileReader;
import nyc.cabportal.trips.TripFormat;
import nyc.cabportal.trips.input.InputFiles;

/**
 * Which rows of the sample files train the accuracy benchmark's stack and which trips it tests: by
 * pickup date (from a day on, or one month held out), the tested trips left out of the training
 * files — or kept in them ({@code inSample}: the best the estimator's structure does on this data,
 * not a test) —, and of the training rows only a share drawn by each line's hash ({@code
 * drawFrom}–{@code drawTo}: the same lines each run, disjoint draws for disjoint ranges), to see
 * how the scores grow with the data and move with the draw.
 */
final class TrainingSplit {

  private final Predicate<Trip> tested;
  private final String words;
  private final boolean inSample;
  private final double drawFrom;
  private final double drawTo;
  private final List<Trip> trainTrips = new ArrayList<>();
  private final List<Trip> testTrips = new ArrayList<>();
  private int rejected;

  private TrainingSplit(
      Predicate<Trip> tested, String words, boolean inSample, double drawFrom, double drawTo) {
    this.tested = tested;
    this.words = words;
    this.inSample = inSample;
    this.drawFrom = drawFrom;
    this.drawTo = drawTo;
  }

  /**
   * @param holdOut the month tested, or null to test every trip from {@code from} on
   * @param share the share of the training rows kept (1: all), the {@code draw}-th such slice
   */
  static TrainingSplit of(
      LocalDate from, YearMonth holdOut, boolean inSample, double share, int draw) {
    Predicate<Trip> tested =
        holdOut != null
            ? t -> YearMonth.from(t.pickupDate()).equals(holdOut)
            : t -> !t.pickupDate().isBefore(from);
    String words =
        (holdOut != null
                ? "trained on every month but " + holdOut + ", tested on it"
                : "split at " + from)
            + (inSample
                ? " — IN SAMPLE: the tested trips are in the training data too (a floor for the"
                    + " estimator's structure on this data, not a test)"
                : "")
            + (share < 1
                ? String.format(
                    Locale.ROOT,
                    ", training on %.0f %% of the training rows (draw %d, by each line's hash)",
                    100 * share,
                    draw)
                : "");
    return new TrainingSplit(tested, words, inSample, share * draw, share * (draw + 1));
  }

  /**
   * Writes the training rows of {@code sample} to {@code trainFile} (with its header) and parses
   * the kept trips of both sides.
   */
  void add(Path sample, Path trainFile) throws IOException {
    String header;
    try (BufferedReader in = InputFiles.open(sample)) {
      header = in.readLine();
    }
    FileLayout layout = TripFormat.detect(sample.toString(), header);
    try (TripFileReader in = new TripFileReader(InputFiles.open(sample), layout);
        Writer out = Files.newBufferedWriter(trainFile)) {
      out.write(header + "\n");
      for (TripFileReader.LineOutcome o = in.next(); o != null; o = in.next()) {
        if (o.trip() == null) {
          continue; // unparseable: no date to split by
        }
        boolean test = tested.test(o.trip());
        if (!test && !drawn(o.raw())) {
          continue;
        }
        boolean training = inSample || !test;
        if (training) {
          out.write(o.raw() + "\n");
        }
        if (!o.kept()) {
          rejected++;
        } else if (CleaningRules.inServiceArea(o.trip())) {
          // A trip that leaves the service area counts in the volumes, but a rider cannot ask
          // for it and the estimates leave it out.
          if (training) {
            trainTrips.add(o.trip());
          }
          if (test) {
            testTrips.add(o.trip());
          }
        }
      }
    }
  }

  /** Whether a training line is drawn: its hash, as a share of the largest, in the draw's range. */
  private boolean drawn(String line) {
    double h = (line.hashCode() & 0x7fffffff) / (double) Integer.MAX_VALUE;
    return (drawFrom <= 0 && drawTo >= 1) || (drawFrom <= h && h < drawTo);
  }

  /** The split in words, for the benchmark's first line. */
  String words() {
    return words;
  }

  List<Trip> trainTrips() {
    return trainTrips;
  }

  List<Trip> testTrips() {
    return testTrips;
  }

  /** Rows of either side that data prep's rules reject. */
  int rejected() {
    return rejected;
  }
}
