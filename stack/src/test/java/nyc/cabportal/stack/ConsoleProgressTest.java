package nyc.cabportal.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data prep's progress on the launcher's console, and its summary in words. */
class ConsoleProgressTest {

  @TempDir Path dir;

  @Test
  void echoesTheRunsLinesInPlaceOnATerminalAndAsLinesElsewhere() throws Exception {
    Path log = dir.resolve("data-prep.log");
    Files.writeString(log, "[data-prep] an earlier run's line\n");
    String[] run = {
      "12:00:01 WARN Spark says something",
      "[data-prep] run r1: 21 input files, 21 to load",
      "[data-prep] loading: 40 % of 4.4 MB, 0/21 files done, 200,000 rows read, 20,000 rows/s",
      "[data-prep] loading: 90 % of 4.4 MB, 7/21 files done, 500,000 rows read, 25,000 rows/s",
      "[data-prep] loaded 21 files, 590,963 rows, in 13.8 s",
    };
    assertEquals(
        "  data-prep run r1: 21 input files, 21 to load\n"
            + "  data-prep loading: 40 % of 4.4 MB, 0/21 files done, 200,000 rows read, 20,000"
            + " rows/s\n"
            + "  data-prep loading: 90 % of 4.4 MB, 7/21 files done, 500,000 rows read, 25,000"
            + " rows/s\n"
            + "  data-prep loaded 21 files, 590,963 rows, in 13.8 s\n",
        echo(log, run, false));
    String terminal = echo(log, run, true);
    assertEquals(
        "  data-prep run r1: 21 input files, 21 to load\n"
            + "\r  data-prep loading: 40 % of 4.4 MB, 0/21 files done, 200,000 rows read, 20,000"
            + " rows/s"
            + "\r  data-prep loading: 90 % of 4.4 MB, 7/21 files done, 500,000 rows read, 25,000"
            + " rows/s\n"
            + "  data-prep loaded 21 files, 590,963 rows, in 13.8 s\n",
        terminal);
  }

  private String echo(Path log, String[] lines, boolean terminal) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (ConsoleProgress progress =
        new ConsoleProgress(log, "[data-prep] ", "data-prep", out, terminal)) {
      Files.writeString(log, String.join("\n", lines) + "\n", StandardOpenOption.APPEND);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void saysTheSummaryInWords() {
    assertEquals(
        "done in 41.3 s: 590,963 rows from 21 files, 582,469 kept, 8,494 rejected (the"
            + " data-quality page says why)",
        TripDataLoad.summary(
            "{\"runId\": \"r1\", \"filesLoaded\": 21, \"rowsRead\": 590963, \"kept\": 582469,"
                + " \"rejected\": 8494, \"seconds\": 41.3}"));
    assertEquals(
        "found the trip data in the store: nothing to load",
        TripDataLoad.summary("{\"runId\": null, \"skipped\": true}"));
  }
}
