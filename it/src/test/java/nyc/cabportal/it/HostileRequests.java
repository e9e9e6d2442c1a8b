package nyc.cabportal.it;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Hostile HTTP/1.1 requests generated from a seed, as a fuzzer sends them: any method, paths of the
 * portal mutated with reserved, control and non-ASCII characters, broken and overlong escapes, dot
 * segments and path parameters; odd content types and accepts, oversized headers, and bodies that
 * are broken JSON, broken UTF-8 or form noise. The same seed makes the same requests.
 *
 * <p>Every request names the fuzzer's own client address ({@code X-Forwarded-For}, the stack trusts
 * 127.0.0.1 as a proxy), so the per-client ride limit it runs into is its own; it never posts to
 * the sign-in, whose per-account throttle would slow the other tests' admin.
 */
final class HostileRequests {

  /** A long run no answer may repeat: any 41 of these in a reply is an echo. */
  static final String LONG_MARK = "Q".repeat(3_000);

  private static final List<String> METHODS =
      List.of(
          "GET",
          "GET",
          "GET",
          "POST",
          "POST",
          "HEAD",
          "PUT",
          "DELETE",
          "PATCH",
          "OPTIONS",
          "TRACE",
          "PROPFIND",
          "FOO",
          "get",
          "M-SEARCH");

  private static final List<String> PATHS =
      List.of(
          "/",
          "/index.xhtml",
          "/my-rides.xhtml",
          "/ride-status.xhtml?id=",
          "/sign-in.html",
          "/admin/",
          "/admin/map.xhtml",
          "/api/rides",
          "/api/rides/",
          "/api/rides/0b6f/events",
          "/api/map/places",
          "/api/admin/live",
          "/health",
          "/metrics",
          "/no-such-page",
          "/jakarta.faces.resource/css/portal.css.xhtml",
          "/webjars/leaflet/1.9.4/dist/leaflet.js",
          "/WEB-INF/web.xml");

  /** What a mutation inserts into a path: reserved, escaped, broken, overlong, raw bytes. */
  private static final List<String> INSERTS =
      List.of(
          ";",
          ";jsessionid=x",
          "..;",
          "/..",
          "/../..",
          "/./",
          "//",
          "\\",
          "\"",
          "'",
          "{",
          "}",
          "|",
          "^",
          "`",
          "[",
          "]",
          "<",
          ">",
          "<script>",
          "#",
          "?",
          "&",
          "=",
          "+",
          "*",
          "~",
          "!",
          "$",
          "(",
          ")",
          "@",
          ":",
          ",",
          "%",
          "%z",
          "%zz",
          "%4",
          "%00",
          "%0a",
          "%0d%0aX-Injected:%201",
          "%1b",
          "%7f",
          "%20",
          "%2f",
          "%2F",
          "%5c",
          "%2e",
          "%2e%2e",
          "%3b",
          "%25",
          "%25zz",
          "%c0%af",
          "%c0%ae%c0%ae",
          "%e0%80%af",
          "%ff",
          "%fe%ff",
          "%ef%bb%bf",
          "%u002f",
          "\u0080",
          "\u00ff",
          "\u0001",
          "\u007f",
          "\t",
          LONG_MARK,
          "%C3%A9",
          "%F0%9F%9A%95");

  private static final List<String> CONTENT_TYPES =
      List.of(
          "application/json",
          "application/json",
          "application/json; charset=utf-16",
          "text/plain",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "multipart/form-data",
          "application/xml",
          "*/*",
          "application/json; charset=\u00ff\u00fe",
          ";;;",
          "application/" + LONG_MARK.substring(0, 500));

  private static final List<String> ACCEPTS =
      List.of(
          "*/*", "application/json", "text/html", "text/event-stream", "image/png", "\u00ff;q=x");

  private static final String RIDE =
      "{\"pickup\":{\"lat\":40.758,\"lon\":-73.9855},\"dropoff\":{\"lat\":40.6413,"
          + "\"lon\":-73.7781},\"passengers\":1}";

  private final Random random;
  private final int port;

  HostileRequests(long seed, int port) {
    this.random = new Random(seed);
    this.port = port;
  }

  /** One request, as raw bytes; {@code target} is its request target, for reports. */
  record Request(String method, String target, byte[] bytes) {}

  Request next() {
    String method = pick(METHODS);
    String target = pick(PATHS);
    int mutations = random.nextInt(4);
    for (int i = 0; i < mutations; i++) {
      int at = 1 + random.nextInt(target.length());
      target = target.substring(0, at) + pick(INSERTS) + target.substring(at);
    }
    StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
    head.append(chance(20) ? "Host: evil.example\r\n" : "Host: 127.0.0.1:" + port + "\r\n");
    head.append("X-Forwarded-For: 203.0.113.250\r\n");
    if (chance(50)) {
      head.append("Accept: ").append(pick(ACCEPTS)).append("\r\n");
    }
    if (chance(15)) {
      head.append("Origin: ").append(chance(50) ? "null" : "http://evil.example").append("\r\n");
    }
    if (chance(10)) {
      head.append("Sec-Fetch-Site: cross-site\r\n");
    }
    if (chance(8)) {
      head.append("Cookie: cab-admin=").append("A".repeat(20_000)).append("\r\n");
    }
    if (chance(8)) {
      head.append("X-Pad: ").append(LONG_MARK).append(LONG_MARK).append("\r\n");
    }
    if (chance(5)) {
      head.append("Range: bytes=9-1,x\r\n");
    }
    byte[] body = new byte[0];
    boolean sendsBody = !method.equals("GET") && !method.equals("HEAD") && chance(80);
    if (sendsBody) {
      head.append("Content-Type: ").append(pick(CONTENT_TYPES)).append("\r\n");
      body = body();
      if (chance(10)) {
        head.append("Transfer-Encoding: chunked\r\n");
        body = chunked(body);
      } else {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
    }
    head.append("Connection: close\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body);
    return new Request(method, target, out.toByteArray());
  }

  private byte[] body() {
    return switch (random.nextInt(9)) {
      case 0 -> RIDE.getBytes(StandardCharsets.UTF_8);
      case 1 -> RIDE.substring(0, random.nextInt(RIDE.length())).getBytes(StandardCharsets.UTF_8);
      case 2 -> ("\uFEFF" + RIDE).getBytes(StandardCharsets.UTF_8);
      case 3 -> new byte[] {'{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'};
      case 4 -> ("{\"pickup\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}").getBytes();
      case 5 ->
          ("{\"passengers\":1" + "0".repeat(400) + ",\"pickupAt\":\"" + LONG_MARK + "\"}")
              .getBytes(StandardCharsets.UTF_8);
      case 6 -> ("request%3Apickup=" + LONG_MARK + "&%zz=%ff&a=b&=&&").getBytes();
      case 7 -> "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n".getBytes();
      default -> new byte[0];
    };
  }

  private static byte[] chunked(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes());
    out.writeBytes(body);
    out.writeBytes("\r\n0\r\n\r\n".getBytes());
    return body.length == 0 ? "0\r\n\r\n".getBytes() : out.toByteArray();
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
