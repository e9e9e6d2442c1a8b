package nyc.cabportal.trips;

/**
 * Reads a plain decimal number ({@code -73.9549}, {@code .89}, {@code 52}) straight from a line.
 * Numbers of up to 15 significant digits are computed exactly as {@link Double#parseDouble} would
 * (a whole number below 2^53 divided by an exact power of ten is correctly rounded); longer ones,
 * like the raw files' {@code 40.714112999999998}, and exponents go to {@code Double.parseDouble}.
 * The trip files hold tens of millions of numbers, so this is where parsing time goes.
 */
final class Decimals {

  private static final double[] POWERS = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  private Decimals() {}

  static double parse(String s, int start, int end) {
    while (start < end && s.charAt(start) == ' ') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == ' ') {
      end--;
    }
    if (start == end) {
      throw new NumberFormatException("empty");
    }
    int i = start;
    boolean negative = false;
    char c = s.charAt(i);
    if (c == '-' || c == '+') {
      negative = c == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int fraction = -1;
    boolean any = false;
    for (; i < end; i++) {
      c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        any = true;
        if (mantissa != 0 || c != '0') {
          digits++;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (fraction >= 0) {
          fraction++;
        }
        if (digits > 15 || fraction > 22) {
          return slow(s, start, end);
        }
      } else if (c == '.' && fraction < 0) {
        fraction = 0;
      } else {
        return slow(s, start, end);
      }
    }
    if (!any) {
      throw new NumberFormatException(s.substring(start, end));
    }
    double v = fraction > 0 ? mantissa / POWERS[fraction] : mantissa;
    return negative ? -v : v;
  }

  private static double slow(String s, int start, int end) {
    String t = s.substring(start, end);
    double v = Double.parseDouble(t);
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      throw new NumberFormatException(t);
    }
    // Double.parseDouble also takes "0x1p3" or a trailing "d"; a trip file never means those.
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        throw new NumberFormatException(t);
      }
    }
    return v;
  }
}
