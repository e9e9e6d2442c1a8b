package nyc.cabportal.interfaces.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * The page of every 500 (web.xml). One of them is the client's doing, not the server's: a path
 * whose dot segments climb above the site's root after the container's own decoding ({@code
 * //..%5c}) fails in the container's path resolution before any filter runs. That one is answered
 * 400, the portal's way; any other is the server's fault and stays a 500 with the portal's error
 * page.
 */
@WebServlet("/errors/server-error")
public class ServerErrorPage extends HttpServlet {

  /** The container's message for a path it cannot resolve (com.ibm.ws.util.WSUtil). */
  static final String UNRESOLVABLE_PATH = "Non-valid URI.";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Throwable t = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (t == null) {
      // Asked for directly: there is no such page.
      response.sendError(404);
      return;
    }
    String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    boolean unresolvable = false;
    for (Throwable c = t; c != null; c = c.getCause()) {
      unresolvable |= UNRESOLVABLE_PATH.equals(c.getMessage());
    }
    if (unresolvable) {
      Refusal.send(path, response, 400, "the path climbs above the site's root");
    } else {
      response.setStatus(500);
      response.setContentType("text/html;charset=UTF-8");
      try (InputStream page = getServletContext().getResourceAsStream("/error.html")) {
        page.transferTo(response.getOutputStream());
      }
    }
  }
}
