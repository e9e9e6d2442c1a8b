package nyc.cabportal.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Repeats a part's progress lines from its log on the launcher's console while it runs. On a
 * terminal the lines that only say how far it has got ("loading: 45 % …", a table built) replace
 * each other on one line; elsewhere (a CI log, a pipe) every line is printed as it is.
 */
final class ConsoleProgress implements AutoCloseable {

  private static final long POLL_MILLIS = 250;

  private final Path log;
  private final String prefix;
  private final String label;
  private final PrintStream out;
  private final boolean terminal;
  private final Thread follower;
  private long offset;
  private final StringBuilder partial = new StringBuilder();
  private int inPlace;
  private volatile boolean done;

  /**
   * Follows {@code log} from its end now (a part appends to its log at every start), echoing lines
   * that start with {@code prefix} as {@code label} and the rest of the line.
   */
  ConsoleProgress(Path log, String prefix, String label, PrintStream out, boolean terminal) {
    this.log = log;
    this.prefix = prefix;
    this.label = label;
    this.out = out;
    this.terminal = terminal;
    this.offset = size(log);
    this.follower = new Thread(this::follow, "console-progress");
    follower.setDaemon(true);
    follower.start();
  }

  private void follow() {
    while (!done) {
      readNew();
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private synchronized void readNew() {
    long size = size(log);
    if (size <= offset) {
      return;
    }
    try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
      f.seek(offset);
      byte[] bytes = new byte[(int) Math.min(size - offset, 1 << 20)];
      f.readFully(bytes);
      offset += bytes.length;
      partial.append(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return; // the next round reads it
    }
    int nl;
    while ((nl = partial.indexOf("\n")) >= 0) {
      String line = partial.substring(0, nl);
      partial.delete(0, nl + 1);
      if (line.startsWith(prefix)) {
        show(line.substring(prefix.length()).strip());
      }
    }
  }

  private void show(String text) {
    String line = "  " + label + " " + text;
    if (terminal && isProgress(text)) {
      // Pad over a longer line before; no line feed, so the next progress line takes its place.
      out.print("\r" + line + " ".repeat(Math.max(0, inPlace - line.length())));
      inPlace = line.length();
    } else {
      endInPlace();
      out.println(line);
    }
    out.flush();
  }

  /** A line that only says how far the part has got, not a result. */
  static boolean isProgress(String text) {
    return text.startsWith("loading:") || text.endsWith(" tables)");
  }

  private void endInPlace() {
    if (inPlace > 0) {
      out.println();
      inPlace = 0;
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Echoes what is left in the log and stops following it. */
  @Override
  public void close() {
    done = true;
    follower.interrupt();
    try {
      follower.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    readNew();
    endInPlace();
  }
}
