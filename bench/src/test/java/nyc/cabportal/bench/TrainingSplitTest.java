package nyc.cabportal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nyc.cabportal.trips.Trip;
import nyc.cabportal.trips.input.InputFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accuracy benchmark's split, on every 20th real line of the shared Yellow sample. */
class TrainingSplitTest {

  @TempDir static Path dir;
  private static Path sample;

  @BeforeAll
  static void takeEveryTwentiethLineOfTheSample() throws IOException {
    Path shared = Path.of(System.getProperty("cabportal.data.dir", "../../shared/data"));
    List<String> head = new ArrayList<>();
    try (BufferedReader in =
        InputFiles.open(shared.resolve("yellow_tripdata_2014_sample_jan-sep.csv.gz"))) {
      head.add(in.readLine());
      // The file runs month by month: every 20th line spans January to September.
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (n++ % 20 == 0) {
          head.add(line);
        }
      }
    }
    sample = dir.resolve("yellow_every_20th.csv");
    Files.write(sample, head);
  }

  private static TrainingSplit split(
      LocalDate from, YearMonth holdOut, boolean inSample, double share, int draw, String name)
      throws IOException {
    TrainingSplit s = TrainingSplit.of(from, holdOut, inSample, share, draw);
    s.add(sample, dir.resolve(name));
    return s;
  }

  @Test
  void trainsOnTheMonthsBeforeTheSplitAndTestsTheRest() throws IOException {
    LocalDate from = LocalDate.parse("2014-08-01");
    TrainingSplit s = split(from, null, false, 1, 0, "a.csv");
    assertTrue(s.trainTrips().size() > 600, "training trips " + s.trainTrips().size());
    assertTrue(s.testTrips().size() > 150, "tested trips " + s.testTrips().size());
    assertTrue(s.trainTrips().stream().allMatch(t -> t.pickupDate().isBefore(from)));
    assertTrue(s.testTrips().stream().noneMatch(t -> t.pickupDate().isBefore(from)));
    // The training file holds the header and the training rows, kept by the rules or not.
    long lines = Files.readAllLines(dir.resolve("a.csv")).size();
    assertTrue(lines - 1 >= s.trainTrips().size());
  }

  @Test
  void holdsOutOneMonth() throws IOException {
    TrainingSplit s = split(null, YearMonth.of(2014, 5), false, 1, 0, "b.csv");
    assertTrue(s.testTrips().stream().allMatch(t -> t.pickupDate().getMonthValue() == 5));
    assertTrue(s.trainTrips().stream().noneMatch(t -> t.pickupDate().getMonthValue() == 5));
    assertTrue(s.words().startsWith("trained on every month but 2014-05"), s.words());
  }

  @Test
  void inSampleTheTestedTripsAreTrainedOnToo() throws IOException {
    LocalDate from = LocalDate.parse("2014-08-01");
    TrainingSplit out = split(from, null, false, 1, 0, "c.csv");
    TrainingSplit in = split(from, null, true, 1, 0, "d.csv");
    assertEquals(out.testTrips().size(), in.testTrips().size());
    assertEquals(
        out.trainTrips().size() + out.testTrips().size(), in.trainTrips().size(), in.words());
    assertTrue(in.words().contains("IN SAMPLE"), in.words());
  }

  @Test
  void twoHalvesOfTheTrainingRowsAreDisjointAndMakeTheWhole() throws IOException {
    LocalDate from = LocalDate.parse("2014-08-01");
    TrainingSplit all = split(from, null, false, 1, 0, "e.csv");
    TrainingSplit first = split(from, null, false, 0.5, 0, "f.csv");
    TrainingSplit second = split(from, null, false, 0.5, 1, "g.csv");
    Set<Trip> a = new HashSet<>(first.trainTrips());
    assertTrue(second.trainTrips().stream().noneMatch(a::contains));
    assertEquals(all.trainTrips().size(), first.trainTrips().size() + second.trainTrips().size());
    // The tested trips are the same whatever the draw.
    assertEquals(all.testTrips(), first.testTrips());
    assertTrue(first.trainTrips().size() > all.trainTrips().size() / 3);
    assertTrue(
        first
            .words()
            .endsWith("training on 50 % of the training rows (draw 0, by each" + " line's hash)"),
        first.words());
  }
}
