package nyc.cabportal.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * One HTTP/1.1 request written byte for byte, as a hostile client sends it: raw characters in the
 * path, any Host, any method — what {@code java.net.http} refuses to build. The answer is read
 * whole (the request says {@code Connection: close}).
 */
final class RawHttp {

  /** A parsed answer: status, header lines as sent, body (gunzipped if it came compressed). */
  record Answer(int status, List<String> headers, String body, boolean gzipped) {

    String header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headers.stream()
          .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(h -> h.substring(prefix.length()).strip())
          .findFirst()
          .orElse(null);
    }

    /** Everything a client sees, headers and body, for leak checks. */
    String all() {
      return String.join("\n", headers) + "\n\n" + body;
    }
  }

  private RawHttp() {}

  static Answer send(int port, String method, String target, String... headerLines) {
    StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
    boolean host = false;
    for (String h : headerLines) {
      host |= h.toLowerCase(Locale.ROOT).startsWith("host:");
      request.append(h).append("\r\n");
    }
    if (!host) {
      request.append("Host: 127.0.0.1:").append(port).append("\r\n");
    }
    request.append("Connection: close\r\n\r\n");
    return exchange(port, request.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  /**
   * Sends {@code request} byte for byte, as it is, and reads the answer until the server closes the
   * connection: status 0 if it closed without answering.
   */
  static Answer exchange(int port, byte[] request) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request);
      out.flush();
      byte[] answer = s.getInputStream().readAllBytes();
      return answer.length == 0 ? new Answer(0, List.of(), "", false) : parse(answer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer parse(byte[] raw) throws IOException {
    int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    String head = new String(raw, 0, end < 0 ? raw.length : end, StandardCharsets.ISO_8859_1);
    List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
    int status = Integer.parseInt(lines.remove(0).split(" ")[1]);
    byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    Answer a = new Answer(status, lines, "", false);
    if ("chunked".equalsIgnoreCase(a.header("Transfer-Encoding"))) {
      body = dechunk(body);
    }
    boolean gzipped = "gzip".equalsIgnoreCase(a.header("Content-Encoding"));
    if (gzipped) {
      try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
        body = in.readAllBytes();
      }
    }
    return new Answer(status, lines, new String(body, StandardCharsets.UTF_8), gzipped);
  }

  private static byte[] dechunk(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < body.length) {
      int eol =
          indexOf(java.util.Arrays.copyOfRange(body, i, body.length), new byte[] {'\r', '\n'});
      if (eol < 0) {
        break;
      }
      String size = new String(body, i, eol, StandardCharsets.ISO_8859_1).split(";")[0].strip();
      int n = Integer.parseInt(size, 16);
      if (n == 0) {
        break;
      }
      out.write(body, i + eol + 2, n);
      i += eol + 2 + n + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] a, byte[] b) {
    outer:
    for (int i = 0; i + b.length <= a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        if (a[i + j] != b[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
