package nyc.cabportal.trips;

/** A file whose header is none of the 2014 formats; the message says what each one expects. */
public final class UnknownFormat extends IllegalArgumentException {

  public UnknownFormat(String file, String header) {
    super(message(file, header));
  }

  private static String message(String file, String header) {
    StringBuilder m = new StringBuilder();
    m.append(file)
        .append(": the header is not one of the 2014 trip formats. It reads\n    ")
        .append(header.length() > 300 ? header.substring(0, 300) + "…" : header)
        .append("\n  expected one of (names compared without quotes, blanks and case):");
    for (TripFormat f : TripFormat.values()) {
      m.append("\n    ").append(f).append(": ").append(String.join(",", f.names()));
    }
    if (header.toLowerCase().contains("tpep_pickup_datetime")) {
      m.append("\n  (this looks like a 2015-or-later Yellow file; only 2014 layouts are read)");
    }
    return m.toString();
  }
}
