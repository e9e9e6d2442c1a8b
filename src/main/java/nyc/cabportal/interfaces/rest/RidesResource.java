package nyc.cabportal.interfaces.rest;

import static nyc.cabportal.interfaces.JsonBuilders.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriBuilder;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import nyc.cabportal.application.RideIntake;
import nyc.cabportal.application.RideTracker;
import nyc.cabportal.domain.access.RateLimit;
import nyc.cabportal.domain.ride.InvalidRideRequest;
import nyc.cabportal.domain.ride.QueueUnavailable;
import nyc.cabportal.domain.ride.RideNotQueued;
import nyc.cabportal.domain.ride.RideStatus;
import nyc.cabportal.domain.ride.StoreUnavailable;
import nyc.cabportal.interfaces.http.RequestPolicy;

/**
 * {@code /api/rides}: request a cab, follow it, cancel it. Answers are asynchronous so a request
 * waiting for Kafka's acknowledgement holds no server thread.
 */
@Path("rides")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RidesResource {

  private static final Logger LOG = Logger.getLogger(RidesResource.class.getName());

  @Inject RideIntake intake;
  @Inject RideTracker tracker;
  @Inject RequestPolicy policy;
  @Context HttpServletRequest http;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public CompletionStage<Response> request(String body) {
    RateLimit.Decision allowance = policy.rideLimit().take(policy.client(http));
    if (!allowance.allowed()) {
      return CompletableFuture.completedFuture(
          Response.status(Status.TOO_MANY_REQUESTS.getStatusCode(), "Too Many Requests")
              .header("Retry-After", allowance.retryAfterSeconds())
              .entity(RideJson.error(policy.rideLimitMessage(allowance)))
              .build());
    }
    try {
      RideJson.DraftInput input = RideJson.readDraft(body);
      return intake
          .submit(input.draft(), input.inputErrors())
          .thenApply(
              ride ->
                  Response.accepted(RideJson.ride(ride))
                      .location(UriBuilder.fromPath("/api/rides/{id}").build(ride.id()))
                      .build())
          .exceptionally(RidesResource::failure);
    } catch (InvalidRideRequest e) {
      return CompletableFuture.completedFuture(failure(e));
    }
  }

  @GET
  @Path("{id}")
  public CompletionStage<Response> get(@PathParam("id") String id) {
    return tracker
        .find(id)
        .thenApply(
            found ->
                found
                    .map(ride -> Response.ok(RideJson.ride(ride)).build())
                    .orElseGet(() -> notFound(id)))
        .exceptionally(RidesResource::failure);
  }

  @DELETE
  @Path("{id}")
  public CompletionStage<Response> cancel(@PathParam("id") String id) {
    return tracker
        .find(id)
        .thenCompose(
            found -> {
              if (found.isEmpty()) {
                return CompletableFuture.completedFuture(notFound(id));
              }
              if (found.get().status() != RideStatus.QUEUED) {
                return CompletableFuture.completedFuture(notCancellable(id, found.get().status()));
              }
              return intake
                  .cancel(id)
                  .thenCompose(
                      cancelled ->
                          cancelled
                              ? tracker
                                  .find(id)
                                  .thenApply(
                                      r -> Response.ok(RideJson.ride(r.orElseThrow())).build())
                              : CompletableFuture.completedFuture(
                                  notCancellable(id, RideStatus.DISPATCHED)));
            })
        .exceptionally(RidesResource::failure);
  }

  private static Response notFound(String id) {
    return Response.status(Status.NOT_FOUND)
        .entity(RideJson.error("no ride with id " + id))
        .build();
  }

  private static Response notCancellable(String id, RideStatus status) {
    return Response.status(Status.CONFLICT)
        .entity(
            RideJson.error(
                "ride " + id + " can no longer be cancelled: it is " + status.name().toLowerCase()))
        .build();
  }

  private static Response failure(Throwable t) {
    Throwable e = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    if (e instanceof InvalidRideRequest invalid) {
      return Response.status(Status.BAD_REQUEST).entity(RideJson.errors(invalid.errors())).build();
    }
    if (e instanceof RideNotQueued refused) {
      // The id is a reference for the client and for support: this ride is never dispatched.
      return Response.status(Status.SERVICE_UNAVAILABLE)
          .header("Retry-After", "5")
          .entity(
              JSON.createObjectBuilder()
                  .add("error", "your request was not queued: " + refused.getMessage())
                  .add("id", refused.rideId())
                  .build())
          .build();
    }
    if (e instanceof QueueUnavailable || e instanceof StoreUnavailable) {
      return Response.status(Status.SERVICE_UNAVAILABLE)
          .header("Retry-After", "5")
          .entity(RideJson.error(e.getMessage()))
          .build();
    }
    LOG.log(Level.SEVERE, "unexpected failure serving a ride request", e);
    return Response.serverError()
        .entity(RideJson.error("internal error (details are in the server log)"))
        .build();
  }
}
