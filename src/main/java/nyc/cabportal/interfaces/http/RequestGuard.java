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
import java.util.Optional;

/**
 * Every request passes here first: the security headers are set, a state-changing request from
 * another site is refused (403), and a body larger than {@code cab.http.max-body-bytes} is refused
 * (413) before anything reads it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestGuard extends HttpFilter {

  @Inject RequestPolicy policy;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    policy.addHeaders(response);
    Optional<String> crossSite = policy.crossSiteRefusal(request);
    if (crossSite.isPresent()) {
      Refusal.send(request, response, HttpServletResponse.SC_FORBIDDEN, crossSite.get());
      return;
    }
    long max = policy.maxBodyBytes();
    long length = request.getContentLengthLong();
    if (length > max) {
      Refusal.send(request, response, 413, tooLarge(length + " bytes", max));
      return;
    }
    if (length < 0 && hasBody(request) && isForm(request)) {
      // Form fields are parsed by the container from its own stream, which cannot be replaced.
      Refusal.send(request, response, 411, "a form must be sent with a Content-Length");
      return;
    }
    if (length < 0 && hasBody(request)) {
      // No length announced (chunked): read at most one byte more than allowed, then decide.
      byte[] body = request.getInputStream().readNBytes((int) max + 1);
      if (body.length > max) {
        Refusal.send(request, response, 413, tooLarge("more than " + max + " bytes", max));
        return;
      }
      request = new BufferedBody(request, body);
    }
    chain.doFilter(request, response);
  }

  private static boolean hasBody(HttpServletRequest request) {
    String m = request.getMethod();
    return m.equals("POST") || m.equals("PUT") || m.equals("PATCH") || m.equals("DELETE");
  }

  private static boolean isForm(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null
        && (type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data"));
  }

  /** The message of a 413. */
  public static String tooLarge(String size, long max) {
    return "request body too large: " + size + ", at most " + max + " bytes are accepted";
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
