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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import nyc.cabportal.application.RideCancellation;
import nyc.cabportal.application.RideIntake;
import nyc.cabportal.application.RideTracker;
import nyc.cabportal.domain.Quoted;
import nyc.cabportal.domain.ride.InvalidRideRequest;
import nyc.cabportal.domain.ride.Overloaded;
import nyc.cabportal.domain.ride.Ride;
import nyc.cabportal.interfaces.http.RequestPolicy;
import nyc.cabportal.interfaces.http.RideRefusal;

/**
 * {@code /api/rides}: request a cab, follow it, cancel it. Answers are asynchronous so a request
 * waiting for Kafka's acknowledgement holds no server thread.
 */
@Path("rides")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RidesResource {

  @Inject RideIntake intake;
  @Inject RideCancellation cancellation;
  @Inject RideTracker tracker;
  @Inject RequestPolicy policy;
  @Context HttpServletRequest http;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public CompletionStage<Response> request(String body) {
    Optional<RideRefusal> limited = policy.admitRide(http);
    if (limited.isPresent()) {
      return CompletableFuture.completedFuture(refused(limited.get()));
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
    } catch (InvalidRideRequest | Overloaded e) {
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
    return cancellation
        .cancel(id)
        .thenApply(
            outcome ->
                outcome
                    .map(
                        o ->
                            o.cancelled()
                                ? Response.ok(RideJson.ride(o.ride())).build()
                                : notCancellable(o.ride()))
                    .orElseGet(() -> notFound(id)))
        .exceptionally(RidesResource::failure);
  }

  private static Response notFound(String id) {
    return Response.status(Status.NOT_FOUND)
        .entity(RideJson.error("no ride with id " + Quoted.of(id)))
        .build();
  }

  private static Response notCancellable(Ride ride) {
    String why =
        switch (ride.status()) {
          case DISPATCHED -> "its cab has reached the pickup";
          case CANCELLED -> "it is cancelled already";
          case NO_CAB -> "no cab was found for it";
          case REJECTED -> "it was refused";
          default -> "it has failed";
        };
    return Response.status(Status.CONFLICT)
        .entity(RideJson.error("ride " + ride.id() + " can no longer be cancelled: " + why))
        .build();
  }

  private static Response failure(Throwable t) {
    return refused(RideRefusal.of(t));
  }

  private static Response refused(RideRefusal r) {
    Response.ResponseBuilder answer = Response.status(r.status());
    r.retryAfterSeconds().ifPresent(s -> answer.header("Retry-After", s));
    if (!r.fieldErrors().isEmpty()) {
      return answer.entity(RideJson.errors(r.fieldErrors())).build();
    }
    var body = JSON.createObjectBuilder().add("error", r.apiMessage());
    // The id is a reference for the client and for support: this ride is never dispatched.
    r.rideId().ifPresent(id -> body.add("id", id));
    return answer.entity(body.build()).build();
  }
}
