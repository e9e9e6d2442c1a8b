package nyc.cabportal.trips;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import nyc.cabportal.trips.input.InputFiles;

/** Real lines of the shared NYC files (../shared/data), read where they are, never copied. */
public final class SharedData {

  public static final String YELLOW_SAMPLE = "yellow_tripdata_2014_sample_jan-sep.csv.gz";
  public static final String UBER_APRIL = "uber-raw-data-apr14.csv.gz";
  public static final String UBER_SEPTEMBER = "uber-raw-data-sep14_head.csv";

  private SharedData() {}

  public static Path dir() {
    return Path.of(System.getProperty("cabportal.data.dir", "../../shared/data"));
  }

  public static Path file(String name) {
    return dir().resolve(name);
  }

  /** Line {@code n} (1 = the header) of {@code name}, without its line ending. */
  public static String line(String name, int n) {
    try (BufferedReader r = InputFiles.open(file(name))) {
      String line = null;
      for (int i = 0; i < n; i++) {
        line = r.readLine();
      }
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
