package nyc.cabportal.interfaces.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nyc.cabportal.interfaces.rest.RideJson;

/**
 * A request turned away before it reached the application: JSON like every API answer for {@code
 * /api/…}, the portal's own HTML page for pages, the reason escaped in both.
 */
public final class Refusal {

  private Refusal() {}

  public static void send(
      HttpServletRequest request, HttpServletResponse response, int status, String message)
      throws IOException {
    send(
        request.getRequestURI().substring(request.getContextPath().length()),
        response,
        status,
        message);
  }

  /** The same for a request to {@code path} (an error page's original request). */
  static void send(String path, HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    byte[] body;
    if (path.startsWith("/api/")) {
      response.setContentType("application/json");
      body = RideJson.error(message).toString().getBytes(StandardCharsets.UTF_8);
    } else {
      response.setContentType("text/html;charset=UTF-8");
      body = page(status, message).getBytes(StandardCharsets.UTF_8);
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  /** The portal's page for a refusal: its look, the reason in words, the way back. */
  static String page(int status, String message) {
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="UTF-8"><title>Not accepted · Cab Portal</title>
        <link rel="stylesheet" href="/jakarta.faces.resource/css/portal.css.xhtml"></head>
        <body><header class="bar"><a class="brand" href="/"><span class="badge">NYC</span> Cab
        Portal</a></header>
        <main><h1>The portal could not accept this request (%d)</h1>
        <p class="lead">%s. <a href="/">Request a cab</a> or see
        <a href="/my-rides.xhtml">your rides</a>.</p></main></body></html>
        """
        .formatted(status, escape(message));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
