package nyc.cabportal.trips;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * The two timestamp layouts of the 2014 files, read by hand because a formatter per field of tens
 * of millions of rows is the slowest part of a naive parser. Times are New York wall-clock times
 * with no zone, as published; they stay that way ({@link LocalDateTime}).
 */
final class LocalTimes {

  private LocalTimes() {}

  /** {@code 2014-01-26 19:22:00} (Yellow and Green). */
  static LocalDateTime isoLike(String s, int start, int end) {
    while (start < end && s.charAt(start) == ' ') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == ' ') {
      end--;
    }
    if (end - start != 19
        || s.charAt(start + 4) != '-'
        || s.charAt(start + 7) != '-'
        || s.charAt(start + 10) != ' '
        || s.charAt(start + 13) != ':'
        || s.charAt(start + 16) != ':') {
      throw new DateTimeException("not YYYY-MM-DD HH:MM:SS");
    }
    return LocalDateTime.of(
        digits(s, start, 4),
        digits(s, start + 5, 2),
        digits(s, start + 8, 2),
        digits(s, start + 11, 2),
        digits(s, start + 14, 2),
        digits(s, start + 17, 2));
  }

  /** {@code 4/1/2014 0:11:00} (Uber): no zero padding of month, day and hour. */
  static LocalDateTime uber(String s, int start, int end) {
    int[] parts = new int[6];
    char[] separators = {'/', '/', ' ', ':', ':'};
    int p = 0;
    int value = -1;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        value = (value < 0 ? 0 : value * 10) + (c - '0');
        if (value > 9999) {
          throw new DateTimeException("number too long");
        }
      } else if (p < 5 && c == separators[p] && value >= 0) {
        parts[p++] = value;
        value = -1;
      } else {
        throw new DateTimeException("not M/D/YYYY H:MM:SS");
      }
    }
    if (p != 5 || value < 0) {
      throw new DateTimeException("not M/D/YYYY H:MM:SS");
    }
    parts[5] = value;
    return LocalDateTime.of(parts[2], parts[0], parts[1], parts[3], parts[4], parts[5]);
  }

  private static int digits(String s, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new DateTimeException("not a digit: " + c);
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
