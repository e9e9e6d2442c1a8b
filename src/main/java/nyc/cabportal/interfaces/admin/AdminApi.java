package nyc.cabportal.interfaces.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import nyc.cabportal.application.admin.HeatMaps;
import nyc.cabportal.application.admin.LiveOperations;
import nyc.cabportal.application.admin.OperationsReport;
import nyc.cabportal.domain.ride.StoreUnavailable;
import nyc.cabportal.domain.tripdata.HeatmapQuery;
import nyc.cabportal.interfaces.rest.RideJson;

/**
 * The data behind the admin maps and the live-operations page, under {@code /api/admin} (admin role
 * only, here and in web.xml). A wrong parameter gets 400 naming it; a store that does not answer,
 * 503.
 */
@Path("admin")
@ApplicationScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminApi {

  @Inject HeatMaps heatMaps;
  @Inject LiveOperations operations;

  @Resource ManagedExecutorService executor;

  private final AtomicBoolean outlined = new AtomicBoolean();

  @GET
  @Path("heatmap")
  public Response heatmap(
      @QueryParam("source") String source,
      @QueryParam("kind") String kind,
      @QueryParam("res") String res,
      @QueryParam("hour") String hour) {
    if (outlined.compareAndSet(false, true)) {
      executor.submit(heatMaps::outlineEveryCell);
    }
    return answer(
        () -> HeatmapJson.of(heatMaps.frame(HeatmapQuery.parse(source, kind, res, hour))),
        CacheControl.valueOf("private, max-age=300"));
  }

  /** Every cab (position, busy or free, seats) and the requests waiting for a cab. */
  @GET
  @Path("live")
  public Response live() {
    return answer(() -> LiveMapJson.of(operations.map()), CacheControl.valueOf("no-store"));
  }

  /** The last {@code minutes} (default 30) minute by minute, from the worker's batch reports. */
  @GET
  @Path("operations")
  public Response operations(@QueryParam("minutes") String minutes) {
    return answer(
        () -> {
          OperationsReport r = operations.lastMinutes(parseMinutes(minutes));
          return OperationsJson.of(r.timeline(), r.batches(), r.now());
        },
        CacheControl.valueOf("no-store"));
  }

  static int parseMinutes(String minutes) {
    if (minutes == null || minutes.isBlank()) {
      return 30;
    }
    try {
      int m = Integer.parseInt(minutes.strip());
      if (m >= 1 && m <= 60) {
        return m;
      }
    } catch (NumberFormatException e) {
      // Falls through to the message below.
    }
    throw new IllegalArgumentException("minutes must be a whole number 1–60: not " + minutes);
  }

  private static Response answer(Supplier<JsonObject> body, CacheControl cache) {
    // JAX-RS says no-transform by default, which also forbids the server's own gzip.
    cache.setNoTransform(false);
    try {
      return Response.ok(body.get().toString()).cacheControl(cache).build();
    } catch (IllegalArgumentException e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(RideJson.error(e.getMessage()).toString())
          .build();
    } catch (StoreUnavailable e) {
      return Response.status(Response.Status.SERVICE_UNAVAILABLE)
          .entity(RideJson.error(e.getMessage()).toString())
          .build();
    }
  }
}
