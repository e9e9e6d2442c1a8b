package nyc.cabportal.interfaces.rest;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nyc.cabportal.domain.Quoted;

/**
 * The API's own refusals (wrong content type, method, path, accepted type) as JSON naming the
 * problem, like every other API error, instead of the runtime's empty body.
 */
@Provider
public class ApiErrors implements ExceptionMapper<WebApplicationException> {

  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Context Request request;

  private String apiPath() {
    String path = uri.getPath(false);
    return "/api" + (path.startsWith("/") ? "" : "/") + Quoted.of(path);
  }

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    String message;
    if (e instanceof NotSupportedException) {
      MediaType sent = headers.getMediaType();
      message =
          "the body must be sent as Content-Type application/json, not "
              + (sent == null ? "without a Content-Type" : Quoted.of(sent.toString()));
    } else if (e instanceof NotAllowedException) {
      message =
          request.getMethod()
              + " is not allowed on "
              + apiPath()
              + "; allowed: "
              + String.join(", ", original.getAllowedMethods());
    } else if (e instanceof NotFoundException) {
      message = "no such resource: " + apiPath();
    } else if (e instanceof NotAcceptableException) {
      message = "this API answers in application/json only";
    } else {
      message = original.getStatusInfo().getReasonPhrase();
    }
    Response.ResponseBuilder b =
        Response.status(original.getStatus())
            .type(MediaType.APPLICATION_JSON)
            .entity(RideJson.error(message));
    if (!original.getAllowedMethods().isEmpty()) {
      b.allow(original.getAllowedMethods());
    }
    return b.build();
  }
}
