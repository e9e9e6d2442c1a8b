package nyc.cabportal.trips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nyc.cabportal.trips.TripFileReader.LineOutcome;
import nyc.cabportal.trips.input.InputFiles;
import org.junit.jupiter.api.Test;

class TripFileReaderTest {

  @Test
  void rawYellowHeadHasOneBlankCrlfLineThenCrlfRows() throws Exception {
    String name = "tlc_raw_heads/yellow_tripdata_2014-03.head.csv";
    List<LineOutcome> all = readAll(name);
    assertEquals(4, all.size());
    assertEquals(3, all.get(0).line()); // line 2 is the blank CRLF line
    assertFalse(all.get(0).raw().endsWith("\r"));
    assertTrue(all.get(0).kept());
  }

  @Test
  void rawGreenHeadHasTwoBlankLinesAndMostRowsAreItsMonthStartArtefact() throws Exception {
    String name = "tlc_raw_heads/green_tripdata_2014-02.head.csv";
    try (TripFileReader r = reader(name)) {
      List<LineOutcome> all = new ArrayList<>();
      for (LineOutcome o; (o = r.next()) != null; ) {
        all.add(o);
      }
      assertEquals(2, r.blankLines());
      assertEquals(all.size(), r.rows());
      assertEquals(4, all.get(0).line());
      assertTrue(all.stream().noneMatch(LineOutcome::kept));
    }
  }

  @Test
  void aRepeatedLineIsADuplicateOfTheFirst() throws Exception {
    // Uber April, line 46: "4/1/2014 5:44:00",40.743,-74.0301,"B02512" — seen a line earlier
    LineOutcome dup = null;
    try (TripFileReader r = reader(SharedData.UBER_APRIL)) {
      for (LineOutcome o; (o = r.next()) != null && o.line() <= 46; ) {
        if (o.line() == 46) {
          dup = o;
        } else {
          assertTrue(o.rejection() == null || o.rejection().reason() != RejectReason.DUPLICATE);
        }
      }
    }
    assertEquals(RejectReason.DUPLICATE, dup.rejection().reason());
  }

  @Test
  void anUnparseableLineIsARowWithItsReason() throws Exception {
    String header = SharedData.line(SharedData.UBER_SEPTEMBER, 1);
    String text =
        header + "\n\"9/1/2014 0:01:00\",40.75\n\n\"9/1/2014 0:02:00\",40.75,-74.0027,\"B02512\"\n";
    try (TripFileReader r =
        new TripFileReader(
            new BufferedReader(new StringReader(text)), TripFormat.detect("t.csv", header))) {
      LineOutcome bad = r.next();
      assertEquals(2, bad.line());
      assertEquals(RejectReason.UNPARSEABLE, bad.rejection().reason());
      assertEquals("2 fields, the header has 4", bad.rejection().detail());
      LineOutcome good = r.next();
      assertEquals(4, good.line());
      assertTrue(good.kept());
      assertEquals(null, r.next());
      assertEquals(2, r.rows());
      assertEquals(1, r.blankLines());
    }
  }

  private static List<LineOutcome> readAll(String name) throws Exception {
    List<LineOutcome> all = new ArrayList<>();
    try (TripFileReader r = reader(name)) {
      for (LineOutcome o; (o = r.next()) != null; ) {
        all.add(o);
      }
    }
    return all;
  }

  private static TripFileReader reader(String name) throws Exception {
    return new TripFileReader(
        InputFiles.open(SharedData.file(name)), TripFormat.detect(name, SharedData.line(name, 1)));
  }
}
