package nyc.cabportal.trips.input;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import nyc.cabportal.trips.TripFormat;

/**
 * Finds the trip files named on the command line (files, or directories searched for {@code *.csv}
 * and {@code *.csv.gz}), opens them plain or gzipped (told by content, not name), and recognises
 * each one's format from its header. Every problem is reported with the path.
 */
public final class InputFiles {

  private static final int SAMPLE = 1 << 20;

  private InputFiles() {}

  /**
   * The files under {@code inputs}, largest first (so the longest tasks start first).
   *
   * @throws IllegalArgumentException naming a missing path, an empty file or an unknown header
   */
  public static List<InputFile> scan(List<String> inputs) throws IOException {
    List<Path> paths = new ArrayList<>();
    for (String input : inputs) {
      Path p = Path.of(input).toAbsolutePath().normalize();
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile)
              .filter(InputFiles::looksLikeTripFile)
              .sorted()
              .forEach(paths::add);
        }
      } else if (Files.isRegularFile(p)) {
        paths.add(p);
      } else {
        throw new IllegalArgumentException("input " + input + ": no such file or directory");
      }
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException(
          "no trip files (*.csv or *.csv.gz) found in " + String.join(", ", inputs));
    }
    List<InputFile> files = new ArrayList<>();
    for (Path p : paths.stream().distinct().toList()) {
      String header;
      try (BufferedReader r = open(p)) {
        header = r.readLine();
      }
      if (header == null || header.isBlank()) {
        throw new IllegalArgumentException(p + ": empty file, no header line");
      }
      files.add(
          new InputFile(
              p.toString(),
              Files.size(p),
              fingerprint(p),
              TripFormat.detect(p.toString(), header)));
    }
    files.sort(Comparator.comparingLong(InputFile::bytes).reversed());
    return files;
  }

  /** A reader over the file's text, gunzipping it when it starts with the gzip magic bytes. */
  public static BufferedReader open(Path p) throws IOException {
    return open(p, n -> {});
  }

  /**
   * {@link #open(Path)}, telling {@code bytesRead} how many bytes of the file (compressed, for a
   * gzip file) each read took from disk: progress as a share of the file's size.
   */
  public static BufferedReader open(Path p, LongConsumer bytesRead) throws IOException {
    InputStream counted =
        new FilterInputStream(Files.newInputStream(p)) {
          @Override
          public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
              bytesRead.accept(1);
            }
            return b;
          }

          @Override
          public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
              bytesRead.accept(n);
            }
            return n;
          }
        };
    InputStream in = new BufferedInputStream(counted, 1 << 16);
    in.mark(2);
    boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
    in.reset();
    if (gzip) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 18);
  }

  /**
   * SHA-256 of the size, the first and the last MiB: enough to know a published file again under
   * another name without reading gigabytes twice. (A file edited in its middle only, keeping its
   * size, would be taken for the same one.)
   */
  static String fingerprint(Path p) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "r")) {
      long size = f.length();
      sha.update(Long.toString(size).getBytes(StandardCharsets.US_ASCII));
      byte[] buf = new byte[(int) Math.min(SAMPLE, size)];
      f.readFully(buf);
      sha.update(buf);
      if (size > SAMPLE) {
        f.seek(Math.max(SAMPLE, size - SAMPLE));
        buf = new byte[(int) (size - f.getFilePointer())];
        f.readFully(buf);
        sha.update(buf);
      }
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 8);
  }

  private static boolean looksLikeTripFile(Path p) {
    String name = p.getFileName().toString();
    return !name.startsWith(".") && (name.endsWith(".csv") || name.endsWith(".csv.gz"));
  }
}
