package nyc.cabportal.trips;

import java.util.Arrays;

/**
 * The fields of one CSV line, as positions into the line, so that a field is only turned into a
 * string or a number when it is read. Double quotes around a field are removed; a quoted field may
 * hold commas ({@code ""} inside quotes is a quote). Reused line after line by one parser.
 */
public final class CsvFields {

  private String line = "";
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private int count;

  /** Splits {@code text} (without its line ending) and returns the number of fields. */
  public int split(String text) {
    line = text;
    count = 0;
    int n = text.length();
    int i = 0;
    while (true) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      if (i < n && text.charAt(i) == '"') {
        int close = i + 1;
        while (close < n) {
          if (text.charAt(close) == '"') {
            if (close + 1 < n && text.charAt(close + 1) == '"') {
              close += 2; // an escaped quote inside the field
              continue;
            }
            break;
          }
          close++;
        }
        starts[count] = i + 1;
        ends[count] = Math.min(close, n);
        count++;
        int comma = text.indexOf(',', close);
        if (comma < 0) {
          return count;
        }
        i = comma + 1;
      } else {
        int comma = text.indexOf(',', i);
        starts[count] = i;
        ends[count] = comma < 0 ? n : comma;
        count++;
        if (comma < 0) {
          return count;
        }
        i = comma + 1;
      }
    }
  }

  public int count() {
    return count;
  }

  public boolean isEmpty(int field) {
    return blank(starts[field], ends[field]);
  }

  /** The field's text, without surrounding quotes and blanks. */
  public String text(int field) {
    int s = starts[field];
    int e = ends[field];
    while (s < e && line.charAt(s) == ' ') {
      s++;
    }
    while (e > s && line.charAt(e - 1) == ' ') {
      e--;
    }
    String t = line.substring(s, e);
    return t.indexOf('"') >= 0 ? t.replace("\"\"", "\"") : t;
  }

  /** The field as a number; throws {@link NumberFormatException} naming nothing but the text. */
  public double number(int field) {
    return Decimals.parse(line, starts[field], ends[field]);
  }

  /** The first character of the field, for the fixed-width timestamp parsers. */
  public int start(int field) {
    return starts[field];
  }

  public int end(int field) {
    return ends[field];
  }

  public String line() {
    return line;
  }

  private boolean blank(int s, int e) {
    for (int i = s; i < e; i++) {
      if (line.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }
}
