package nyc.cabportal.domain;

/**
 * A client's value as a message quotes it: at most {@value #MAX} characters (a longer one is cut
 * and its length said), control characters written as escapes, so that no answer repeats a long or
 * multi-line input back. Every message that quotes input goes through here; the page or JSON writer
 * escapes the result for its own format.
 */
public final class Quoted {

  static final int MAX = 40;

  private Quoted() {}

  public static String of(Object value) {
    String text = String.valueOf(value);
    String shown = text.length() <= MAX ? text : text.substring(0, MAX);
    StringBuilder out = new StringBuilder(shown.length() + 16);
    shown
        .codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f || c == 0xfeff) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return text.length() <= MAX ? out.toString() : out + "… (" + text.length() + " chars)";
  }
}
