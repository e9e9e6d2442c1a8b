package nyc.cabportal.interfaces.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nyc.cabportal.interfaces.rest.RideJson;

/**
 * A request turned away before it reached the application: JSON like every API answer for {@code
 * /api/…}, plain text for pages.
 */
public final class Refusal {

  private Refusal() {}

  public static void send(
      HttpServletRequest request, HttpServletResponse response, int status, String message)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    byte[] body;
    if (path.startsWith("/api/")) {
      response.setContentType("application/json");
      body = RideJson.error(message).toString().getBytes(StandardCharsets.UTF_8);
    } else {
      response.setContentType("text/plain;charset=UTF-8");
      body = (message + "\n").getBytes(StandardCharsets.UTF_8);
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }
}
