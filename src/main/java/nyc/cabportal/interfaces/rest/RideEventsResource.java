package nyc.cabportal.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nyc.cabportal.application.RideTracker;
import nyc.cabportal.domain.Quoted;
import nyc.cabportal.domain.ride.Ride;

/**
 * {@code GET /api/rides/{id}/events}: the ride pushed to a waiting page as server-sent events — one
 * {@code ride} event with the ride as it is now, then one with its answer the moment this server's
 * batched result poll sees it, then the end of the stream. However many pages wait, the store sees
 * only the poll's one query per round, and a waiting page costs an open connection, not a request
 * every 250 ms.
 *
 * <p>A stream ends after {@link #STREAM_FOR} without an answer; the browser's {@code EventSource}
 * reconnects after {@link #RECONNECT_MS} and gets the ride as it is then (a proxy that drops idle
 * connections drops none). Where no stream can be kept, the page polls {@code GET /api/rides/{id}}.
 */
@Path("rides/{id}/events")
@RequestScoped
public class RideEventsResource {

  static final Duration STREAM_FOR = Duration.ofSeconds(25);
  static final long RECONNECT_MS = 1000;

  /** Longest wait to look up a ride this server does not follow yet (one store query). */
  private static final Duration LOOKUP = Duration.ofSeconds(5);

  @Inject RideTracker tracker;

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void events(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
    Ride ride = lookUp(id).orElseThrow(() -> refusal(Response.Status.NOT_FOUND, notFound(id)));
    sink.send(event(sse, ride));
    if (ride.status().isFinal()) {
      sink.close();
      return;
    }
    CompletableFuture<Ride> answer =
        tracker
            .whenAnswered(id)
            .map(stage -> stage.toCompletableFuture().copy()) // its own time-out, not everyone's
            .orElseGet(CompletableFuture::new);
    answer
        .orTimeout(STREAM_FOR.toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete(
            (answered, timedOut) -> {
              if (answered == null) {
                sink.close();
              } else {
                sink.send(event(sse, answered)).whenComplete((sent, failed) -> sink.close());
              }
            });
  }

  private Optional<Ride> lookUp(String id) {
    try {
      return tracker.find(id).toCompletableFuture().get(LOOKUP.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw refusal(
          Response.Status.SERVICE_UNAVAILABLE, "the ride store did not answer; try again shortly");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw refusal(Response.Status.SERVICE_UNAVAILABLE, "interrupted");
    }
  }

  private static OutboundSseEvent event(Sse sse, Ride ride) {
    return sse.newEventBuilder()
        .name("ride")
        .reconnectDelay(RECONNECT_MS)
        .mediaType(MediaType.APPLICATION_JSON_TYPE)
        .data(String.class, RideJson.ride(ride).toString())
        .build();
  }

  private static String notFound(String id) {
    return "no ride with id " + Quoted.of(id);
  }

  private static WebApplicationException refusal(Response.Status status, String message) {
    Response.ResponseBuilder answer =
        Response.status(status)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(RideJson.error(message));
    if (status == Response.Status.SERVICE_UNAVAILABLE) {
      answer.header("Retry-After", 5);
    }
    return new WebApplicationException(answer.build());
  }
}
