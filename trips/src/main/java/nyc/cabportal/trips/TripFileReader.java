package nyc.cabportal.trips;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;

/**
 * Reads one trip file line by line and says, for each data line, whether it is kept (with its
 * {@link Trip}) or rejected (with its one {@link Rejection}). Line 1 is the header; blank lines
 * (the raw TLC files have one or two after the header) are counted and are not rows. Pull-based, so
 * a file of any size streams through in constant memory apart from the duplicate check.
 */
public final class TripFileReader implements Closeable {

  /**
   * One data line: kept when {@code rejection} is null. {@code trip} is null only when the line
   * could not be parsed.
   */
  public record LineOutcome(long line, String raw, Trip trip, Rejection rejection) {
    public boolean kept() {
      return rejection == null;
    }
  }

  private final BufferedReader in;
  private final TripParser parser;
  private final LineHashes seen = new LineHashes();
  private long lineNumber;
  private long blankLines;
  private long rows;

  /** {@code in} is positioned at the start of the file, header included. */
  public TripFileReader(BufferedReader in, FileLayout layout) throws IOException {
    this.in = in;
    this.parser = new TripParser(layout);
    if (in.readLine() != null) {
      lineNumber = 1;
    }
  }

  /** The next data line's outcome, or null at the end of the file. */
  public LineOutcome next() throws IOException {
    String raw;
    while ((raw = in.readLine()) != null) {
      lineNumber++;
      if (raw.isBlank()) {
        blankLines++;
        continue;
      }
      rows++;
      Trip trip;
      try {
        trip = parser.parse(raw);
      } catch (UnparseableRow e) {
        return new LineOutcome(
            lineNumber, raw, null, new Rejection(RejectReason.UNPARSEABLE, e.getMessage()));
      }
      Rejection broken = CleaningRules.check(trip);
      if (broken == null && !seen.add(raw)) {
        broken = new Rejection(RejectReason.DUPLICATE, "same line as an earlier one");
      }
      return new LineOutcome(lineNumber, raw, trip, broken);
    }
    return null;
  }

  /** Data lines read so far (blank lines not included). */
  public long rows() {
    return rows;
  }

  public long blankLines() {
    return blankLines;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
