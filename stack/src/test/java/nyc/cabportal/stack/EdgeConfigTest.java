package nyc.cabportal.stack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EdgeConfigTest {

  private static final Path PAGES = Path.of("/repo/src/main/webapp");

  @Test
  void balancesOverEveryPortalWithItsFilesInItsOwnDirectory() {
    String conf = EdgeConfig.render(Path.of("/x/lb"), 9088, List.of(9080, 9081), PAGES, false);
    assertTrue(conf.contains("    server 127.0.0.1:9080;\n    server 127.0.0.1:9081;\n"), conf);
    assertTrue(conf.contains("listen 9088;"), conf);
    assertTrue(conf.contains("pid /x/lb/nginx.pid;"), conf);
    assertTrue(conf.contains("proxy_temp_path /x/lb/tmp/proxy;"), conf);
    assertTrue(conf.contains("add_header X-Upstream $upstream_addr always;"), conf);
    assertFalse(conf.contains("user root"), conf);
    assertTrue(
        EdgeConfig.render(Path.of("/x"), 1, List.of(2), PAGES, true).startsWith("user root;\n"));
  }

  @Test
  void inFrontOfOneServerNamesNoUpstream() {
    String conf = EdgeConfig.render(Path.of("/x/edge"), 9080, List.of(9079), PAGES, false);
    assertFalse(conf.contains("X-Upstream"), conf);
    assertTrue(conf.contains("more_clear_headers Server;"), conf);
  }

  @Test
  void everyOwnAnswerIsThePortalsJsonOrPageWithTheSecurityHeaders() {
    String conf = EdgeConfig.render(Path.of("/x/edge"), 9080, List.of(9079), PAGES, false);
    for (EdgeConfig.Answer a : EdgeConfig.ANSWERS) {
      assertTrue(
          conf.contains("error_page " + a.nginxStatuses() + " "),
          a.name() + " is not an error page");
      String api = location(conf, "/.edge/api/" + a.name());
      assertTrue(api.contains("return " + a.status() + " \"{\\\"error\\\":\\\""), api);
      String page = location(conf, "/.edge/page/" + a.name());
      assertTrue(page.contains("alias " + PAGES.resolve(a.page()) + ";"), page);
      for (String block : List.of(api, page)) {
        assertTrue(block.contains("add_header Content-Security-Policy"), block);
        assertTrue(block.contains("add_header X-Content-Type-Options nosniff always;"), block);
      }
      assertTrue(a.status() < 500 || a.status() == 502 || a.name().equals("edge"), a.name());
    }
    // nginx's 494 (headers too large) is HTTP's 431; a transfer encoding it cannot read, a 400.
    assertTrue(conf.contains("error_page 494 =431 /.edge/$edge_kind/headers;"), conf);
    assertTrue(conf.contains("error_page 501 =400 /.edge/$edge_kind/encoding;"), conf);
    assertTrue(conf.contains("error_page 400 /.edge/$edge_kind/bad-request;"), conf);
    assertTrue(conf.contains("location ^~ /ibm/ {\n        return 404;"), conf);
  }

  /** The paths Liberty's web container refuses with its own page (probed on the real server). */
  @Test
  void refusesWhatTheWebContainerCannotDecodeAndPassesTheRest() {
    String conf = EdgeConfig.render(Path.of("/x/edge"), 9080, List.of(9079), PAGES, false);
    List<Pattern> unreadable = unreadablePatterns(conf);
    for (String path :
        List.of(
            "/x%00",
            "/index.xhtml%0a",
            "/x%1F",
            "/x%7f",
            "/%zz",
            "/api/%",
            "/api/rides/%2",
            "/%2e%2e",
            "/%2E%2e/x",
            "/.%2e/x",
            "/api/%2e",
            "/a/%2e%2e?x=1",
            "/..;",
            "/api/rides/..;/admin",
            "/%3bWEB-INF/web.xml",
            "/;jsessionid=x",
            "/#/../..",
            "/health/..",
            "/resources/./x",
            "/a/../b")) {
      assertTrue(matches(unreadable, "GET " + path + " HTTP/1.1"), path);
    }
    for (String path :
        List.of(
            "/",
            "/api/rides/abc",
            "/x%20y",
            "/x%2e",
            "/a.b/c",
            "/a/.b/..c",
            "/x?path=/../..",
            "/x?q=%zz",
            "/x?q=%00",
            "/x?q=a;b",
            "/%25zz",
            "/api/map/boroughs?hour=7")) {
      assertFalse(matches(unreadable, "GET " + path + " HTTP/1.1"), path);
    }
  }

  @Test
  void needsAPortal() {
    assertThrows(
        IllegalArgumentException.class,
        () -> EdgeConfig.render(Path.of("/x"), 9088, List.of(), PAGES, false));
  }

  private static String location(String conf, String name) {
    int start = conf.indexOf("location = " + name + " {");
    assertTrue(start >= 0, name);
    return conf.substring(start, conf.indexOf('}', conf.indexOf("\n", start) + 1));
  }

  /** The regular expressions of the {@code $edge_unreadable} map, as Java reads them. */
  private static List<Pattern> unreadablePatterns(String conf) {
    String map = conf.substring(conf.indexOf("map $request $edge_unreadable {"));
    map = map.substring(0, map.indexOf("default 0;"));
    Matcher m = Pattern.compile("\"~(.+)\" 1;").matcher(map);
    List<Pattern> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(Pattern.compile(m.group(1)));
    }
    assertTrue(found.size() >= 3, map);
    return found;
  }

  private static boolean matches(List<Pattern> patterns, String requestLine) {
    return patterns.stream().anyMatch(p -> p.matcher(requestLine).find());
  }
}
