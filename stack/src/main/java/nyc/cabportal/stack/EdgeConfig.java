package nyc.cabportal.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The nginx configuration of the edge: the one address of the stack a browser or client reaches, in
 * front of one portal server or several (scaling out without Kubernetes, round robin).
 *
 * <p>A request reaches the portal as it was sent — the request line, the browser's {@code Host},
 * the body streamed — so the portal's own checks and answers stay the ones a client meets. What the
 * edge answers itself is what would otherwise be answered by a page that is not the portal's: an
 * address Liberty's web container refuses before any application is chosen with its one-line {@code
 * CWWWC0005I} page, which no setting of it replaces (a broken escape, an escaped control character,
 * a dot segment, a {@code ;} or a fragment in the path; the portal refuses each of these itself
 * where it sees them), nginx's own refusals (a request line or header that is not HTTP, headers or
 * a body too large, {@code TRACE}), and a portal that does not answer. Each is the portal's answer:
 * its JSON under {@code /api/} ({@code {"error": …}} naming the problem), its own static page
 * elsewhere (served from {@code pages}, the web application's directory), the strict security
 * headers, no product name ({@code Server} is cleared, which needs the headers-more module of
 * Debian's {@code libnginx-mod-http-headers-more-filter}).
 *
 * <p>With several servers, the server that answered is named in an {@code X-Upstream} header so
 * tests and benchmarks can count who took what. Everything nginx writes stays in {@code dir}.
 */
public final class EdgeConfig {

  /** Debian's build of the module that clears nginx's {@code Server} header. */
  public static final Path HEADERS_MORE =
      Path.of("/usr/lib/nginx/modules/ngx_http_headers_more_filter_module.so");

  /**
   * An answer of the edge's own: the nginx statuses it replaces, the status the client sees, what
   * the JSON says, and which of the portal's pages a browser sees.
   */
  record Answer(String name, String nginxStatuses, int status, String message, String page) {}

  /** An address the web container would refuse: answered as the portal answers such a path. */
  static final String UNREADABLE = "the address holds characters a web address may not carry";

  static final List<Answer> ANSWERS =
      List.of(
          // nginx's 400 is any request it cannot parse; an unreadable address is refused with the
          // same status and the portal's own words ($edge_bad_request below).
          new Answer("bad-request", "400", 400, "$edge_bad_request", "bad-request.html"),
          new Answer(
              "not-found", "404", 404, "nothing is served at this address", "not-found.html"),
          new Answer("method", "405", 405, "the portal does not answer this method", "error.html"),
          new Answer("timeout", "408", 408, "the request was not received in time", "error.html"),
          new Answer("length", "411", 411, "a body must be sent with its length", "error.html"),
          new Answer("too-large", "413", 413, "request body too large", "error.html"),
          new Answer("long-address", "414", 414, "the address is too long", "bad-request.html"),
          new Answer("headers", "494", 431, "the request's headers are too large", "error.html"),
          new Answer(
              "encoding",
              "501",
              400,
              "the request's Transfer-Encoding is not one the portal reads",
              "bad-request.html"),
          new Answer(
              "version",
              "505",
              400,
              "the request's HTTP version is not one the portal speaks",
              "bad-request.html"),
          new Answer(
              "no-answer",
              "502 504",
              502,
              "the portal did not answer: try again in a moment (a ride you sent may have been"
                  + " received: see your rides)",
              "error.html"),
          new Answer("edge", "500", 500, "the portal could not answer this request", "error.html"));

  /** The headers of the portal's own static pages: its stylesheet, nothing else. */
  private static final String PAGE_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'";

  /** The headers of a JSON answer: nothing may load from it. */
  private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  private EdgeConfig() {}

  /**
   * @param pages the portal's static pages ({@code bad-request.html}, {@code error.html}, {@code
   *     not-found.html}): the web application's source directory
   * @param asRoot whether nginx runs as root: its workers then stay root too, rather than switching
   *     to a user that cannot write to {@code dir}
   */
  public static String render(
      Path dir, int listenPort, List<Integer> portalPorts, Path pages, boolean asRoot) {
    if (portalPorts.isEmpty()) {
      throw new IllegalArgumentException("the edge needs at least one portal server");
    }
    StringBuilder upstreams = new StringBuilder();
    for (int port : portalPorts) {
      upstreams.append("    server 127.0.0.1:").append(port).append(";\n");
    }
    String tmp = dir.resolve("tmp").toString();
    String upstreamHeader =
        portalPorts.size() > 1 ? "      add_header X-Upstream $upstream_addr always;\n" : "";
    return (asRoot ? "user root;\n" : "")
        + """
        load_module %5$s;
        daemon off;
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log warn;
        # Under overload a client holds a connection per request in flight, and each takes two here:
        # at 4096, nginx closed kept-alive ones at 1,200 rides/s (transport errors, 1.6 s submits).
        events { worker_connections 16384; }
        http {
          access_log off;
          keepalive_requests 100000;
          server_tokens off;
          more_clear_headers Server;
          client_body_temp_path %2$s/body;
          proxy_temp_path %2$s/proxy;
          fastcgi_temp_path %2$s/fastcgi;
          uwsgi_temp_path %2$s/uwsgi;
          scgi_temp_path %2$s/scgi;
          # As Liberty's own limits: the portal refuses a body over its own, smaller limit itself.
          large_client_header_buffers 4 32k;
          client_max_body_size 10m;

          # A path Liberty's web container cannot decode (a broken escape, an escaped control
      # character, a path parameter: "/..;", a fragment nginx stops reading at: "/#/../..") or
      # resolves out of an application (a dot segment: "/health/.." is a 500 of Liberty's health
      # application): it would answer with a page of its own. The portal refuses every ";" in a
      # path itself, and no browser sends a fragment or a dot segment (it resolves them first).
      # Read from the request line, which nginx keeps even when it cannot decode the path itself.
      map $request $edge_unreadable {
        "~^\\S+ [^?\\s]*%%(?![0-9A-Fa-f]{2})" 1;
        "~^\\S+ [^?\\s]*%%(?:[01][0-9A-Fa-f]|7[Ff])" 1;
        "~^\\S+ [^?\\s]*/(?:\\.|%%2[Ee]){1,2}(?:[/?\\s]|$)" 1;
        "~^\\S+ [^?\\s]*(?:;|%%3[Bb]|#)" 1;
        default 0;
      }
      map $edge_unreadable $edge_bad_request {
        1 "%6$s";
        default "the request could not be read: its request line or a header is not HTTP";
      }
      # A TLS terminator in front of the edge says what the client's connection was.
      map $http_x_forwarded_proto $edge_forwarded_proto {
        "" $scheme;
        default $http_x_forwarded_proto;
      }
      # JSON for the API, the portal's page elsewhere (and for what has no request line at all).
      map $request $edge_kind {
        "~^\\S+ /api(?:[/?\\s]|$)" api;
        default page;
      }
      upstream portal {
        %3$s    keepalive 512;
            keepalive_requests 100000;
          }
          server {
            listen %4$d;
        %7$s
            location / {
              # Here, not in the server: the edge's own answers below are internal redirects,
              # which would meet the server's check again.
              if ($edge_unreadable) {
                return 400;
              }
              proxy_pass http://portal;
              proxy_http_version 1.1;
              proxy_set_header Connection "";
              proxy_set_header Host $http_host;
              proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
              proxy_set_header X-Forwarded-Proto $edge_forwarded_proto;
              # Answers are streamed: pushed ride updates (server-sent events) reach the browser as
              # they are written. A body is read whole first (up to the limit above) and sent with
              # its length: streamed, a body the portal refused before reading it (its 413) was
              # still being sent when the portal closed, and the client got no answer at all
              # (found once in five test runs).
              proxy_buffering off;
              proxy_read_timeout 600s;
        %8$s    }
            # Liberty's own REST handler (which mpMetrics brings) is no part of the portal.
            location ^~ /ibm/ {
              return 404;
            }
            location ^~ /.edge/api/ {
              internal;
              default_type application/json;
        %9$s    }
            location ^~ /.edge/page/ {
              internal;
              default_type "text/html; charset=UTF-8";
              etag off;
              more_clear_headers Last-Modified Accept-Ranges;
        %10$s    }
          }
        }
        """
            .formatted(
                dir,
                tmp,
                upstreams,
                listenPort,
                HEADERS_MORE,
                UNREADABLE,
                errorPages(),
                upstreamHeader,
                apiAnswers(),
                pageAnswers(pages));
  }

  private static String errorPages() {
    return ANSWERS.stream()
        .map(
            a ->
                "    error_page %s %s/.edge/$edge_kind/%s;"
                    .formatted(
                        a.nginxStatuses(),
                        String.valueOf(a.status()).equals(a.nginxStatuses())
                            ? ""
                            : "=" + a.status() + " ",
                        a.name()))
        .collect(Collectors.joining("\n"));
  }

  private static String apiAnswers() {
    return ANSWERS.stream()
        .map(
            a ->
                "      location = /.edge/api/%s {\n%s        return %d \"{\\\"error\\\":\\\"%s\\\"}\\n\";\n      }\n"
                    .formatted(a.name(), headers(API_POLICY, a), a.status(), a.message()))
        .collect(Collectors.joining());
  }

  private static String pageAnswers(Path pages) {
    return ANSWERS.stream()
        .map(
            a ->
                "      location = /.edge/page/%s {\n%s        alias %s;\n      }\n"
                    .formatted(a.name(), headers(PAGE_POLICY, a), pages.resolve(a.page())))
        .collect(Collectors.joining());
  }

  /** The security headers of an answer of the edge's own (add_header is not inherited). */
  private static String headers(String policy, Answer a) {
    String indent = "        ";
    StringBuilder h = new StringBuilder();
    h.append(indent).append("add_header Content-Security-Policy \"").append(policy);
    h.append("\" always;\n");
    h.append(indent).append("add_header X-Content-Type-Options nosniff always;\n");
    h.append(indent).append("add_header X-Frame-Options DENY always;\n");
    h.append(indent).append("add_header Referrer-Policy same-origin always;\n");
    h.append(indent).append("add_header Cache-Control no-store always;\n");
    if (a.status() == 502) {
      h.append(indent).append("add_header Retry-After 2 always;\n");
    }
    return h.toString();
  }
}
