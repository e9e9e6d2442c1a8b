package nyc.cabportal.interfaces.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestPolicyTest {

  private final RequestPolicy policy = policy(Optional.of("cab.example, *.cab.example"));

  @Test
  void aHostTheDeploymentDoesNotServeIsRefusedWith421() {
    RequestPolicy.TurnedAway turned =
        policy.turnAway(get("/", null, Map.of("Host", "evil.example"))).orElseThrow();
    assertEquals(421, turned.status());
    assertEquals("this portal does not answer for the host \"evil.example\"", turned.message());
    assertEquals(421, policy.turnAway(get("/", null, Map.of())).orElseThrow().status());
    assertEquals(
        Optional.empty(), policy.turnAway(get("/", null, Map.of("Host", "cab.example:9080"))));
    assertEquals(
        Optional.empty(), policy.turnAway(get("/", null, Map.of("Host", "eu.cab.example"))));
  }

  @Test
  void withoutAListAnyHostIsServed() {
    RequestPolicy open = policy(Optional.empty());
    assertEquals(Optional.empty(), open.turnAway(get("/", null, Map.of("Host", "evil.example"))));
  }

  @Test
  void aQueryWithABrokenEscapeIsRefusedBeforeFacesReadsIt() {
    RequestPolicy.TurnedAway turned =
        policy
            .turnAway(get("/ride-status.xhtml", "id=%zz", Map.of("Host", "cab.example")))
            .orElseThrow();
    assertEquals(400, turned.status());
  }

  @Test
  void aBodyInACharsetNoOneReadsIsRefusedWith415() {
    assertEquals(false, RequestPolicy.readableCharset("\u00ff\u00fe"));
    assertEquals(false, RequestPolicy.readableCharset("utf-99"));
    assertEquals(true, RequestPolicy.readableCharset("UTF-8"));
    assertEquals(true, RequestPolicy.readableCharset("iso-8859-1"));
  }

  @Test
  void aPathParameterTheContainerHidesIsStillChecked() {
    HttpServletRequest hidden =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                RequestPolicyTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getRequestURI" -> "/api/ri";
                      case "getRequestURL" -> new StringBuffer("http://cab.example/api/ri;x=}/y");
                      default -> null;
                    });
    assertEquals(400, policy.turnAway(hidden).orElseThrow().status());
  }

  private static RequestPolicy policy(Optional<String> allowedHosts) {
    RequestPolicy p = new RequestPolicy();
    p.maxBodyBytesText = "16384";
    p.trustedProxiesText = Optional.empty();
    p.trustedOriginsText = Optional.empty();
    p.allowedHostsText = allowedHosts;
    p.perMinuteText = "30";
    p.burstText = "10";
    p.tilesUrl = Optional.empty();
    p.configure();
    return p;
  }

  /** A GET of {@code path} as the container hands it over: only what the policy reads. */
  private static HttpServletRequest get(String path, String query, Map<String, String> headers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            RequestPolicyTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRequestURI" -> path;
                  case "getQueryString" -> query;
                  case "getRequestURL" -> new StringBuffer("http://cab.example" + path);
                  case "getContextPath" -> "";
                  case "getMethod" -> "GET";
                  case "getHeader" -> headers.get((String) args[0]);
                  case "getContentLengthLong" -> -1L;
                  case "getContentType", "getCharacterEncoding" -> null;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
