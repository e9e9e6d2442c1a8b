package nyc.cabportal.interfaces.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.Optional;

/**
 * Every request passes here first: the response is the portal's ({@link PortalResponse}: redirects
 * to this site's paths, no internals in headers), the security headers are set and {@link
 * RequestPolicy#turnAway} decides before the body is read; a body sent without a length is read
 * here up to the limit and refused (413) beyond it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestGuard extends HttpFilter {

  @Inject RequestPolicy policy;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response = new PortalResponse(response);
    policy.addHeaders(response);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/admin/") || path.startsWith("/api/admin/")) {
      // What an admin sees is kept by no cache, the browser's included.
      response.setHeader("Cache-Control", "no-store");
    }
    Optional<RequestPolicy.TurnedAway> turned = policy.turnAway(request);
    if (turned.isPresent()) {
      if (turned.get().status() == 405) {
        response.setHeader("Allow", String.join(", ", RequestPolicy.PAGE_METHODS));
      }
      Refusal.send(request, response, turned.get().status(), turned.get().message());
      return;
    }
    if (request.getContentLengthLong() < 0 && RequestPolicy.hasBody(request)) {
      // No length announced (chunked): read at most one byte more than allowed, then decide.
      long max = policy.maxBodyBytes();
      byte[] body = request.getInputStream().readNBytes((int) max + 1);
      if (body.length > max) {
        Refusal.send(request, response, 413, policy.tooLarge("more than " + max + " bytes"));
        return;
      }
      request = new BufferedBody(request, body);
    }
    if (!path.startsWith("/api/") && RequestPolicy.isForm(request) && !formReadable(request)) {
      Refusal.send(request, response, 400, "the form's fields hold a broken percent escape");
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Whether the container can read a form's fields: it parses them when Faces first asks for one (a
   * page's postback check, a resource request) and throws on a broken escape, a 500. Asking here
   * parses them once, as Faces would have.
   */
  private static boolean formReadable(HttpServletRequest request) {
    try {
      if (request.getCharacterEncoding() == null) {
        // What Faces would set: the portal's pages are UTF-8, and browsers post forms in the
        // page's encoding without naming it.
        request.setCharacterEncoding("UTF-8");
      }
      request.getParameterMap();
      return true;
    } catch (IllegalArgumentException | UnsupportedEncodingException e) {
      return false;
    }
  }

  /** A request whose body was read here, served again from memory. */
  private static final class BufferedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body was already read");
        }
      };
    }
  }
}
