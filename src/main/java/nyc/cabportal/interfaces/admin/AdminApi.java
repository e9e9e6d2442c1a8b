package nyc.cabportal.interfaces.admin;

import static nyc.cabportal.interfaces.JsonBuilders.JSON;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.reactivestreams.client.MongoDatabase;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import nyc.cabportal.domain.operations.BatchSummary;
import nyc.cabportal.domain.operations.OperationsTimeline;
import nyc.cabportal.domain.ride.RideStatus;
import nyc.cabportal.domain.ride.StoreUnavailable;
import nyc.cabportal.infrastructure.H3Hexagons;
import nyc.cabportal.infrastructure.mongo.MongoBatchSummaries;
import nyc.cabportal.infrastructure.mongo.MongoRequestRate;
import nyc.cabportal.infrastructure.mongo.PublisherStages;
import nyc.cabportal.infrastructure.mongo.RideDocument;
import nyc.cabportal.infrastructure.mongo.ServingTableCache;
import nyc.cabportal.infrastructure.mongo.SharedCollections;
import nyc.cabportal.interfaces.rest.RideJson;
import org.bson.Document;

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

  /** Open requests older than this are left to the portal's recovery, not drawn. */
  static final Duration OPEN_WINDOW = Duration.ofMinutes(30);

  static final int MAX_OPEN = 2000;

  /** The live map's data is read again at most this often, however many admins watch. */
  static final Duration LIVE_EVERY = Duration.ofSeconds(2);

  @Inject ServingTableCache tables;
  @Inject H3Hexagons hexagons;
  @Inject MongoBatchSummaries batches;
  @Inject MongoRequestRate requestRate;
  @Inject MongoDatabase db;
  @Inject Clock clock;

  @Resource ManagedExecutorService executor;

  private final java.util.concurrent.atomic.AtomicBoolean outlined =
      new java.util.concurrent.atomic.AtomicBoolean();
  private volatile JsonObject live;
  private volatile Instant liveAt = Instant.MIN;

  @GET
  @Path("heatmap")
  public Response heatmap(
      @QueryParam("source") String source,
      @QueryParam("kind") String kind,
      @QueryParam("res") String res,
      @QueryParam("hour") String hour) {
    if (outlined.compareAndSet(false, true)) {
      executor.submit(() -> HeatmapFrame.outlineEveryCell(tables, hexagons));
    }
    return answer(
        () -> {
          HeatmapFrame frame = new HeatmapFrame(source, kind, res, hour);
          return tables.get(frame.key(), () -> frame.read(tables, hexagons));
        },
        CacheControl.valueOf("private, max-age=300"));
  }

  /** Every cab (position, busy or free, seats) and the requests waiting for a cab. */
  @GET
  @Path("live")
  public Response live() {
    return answer(this::currentLive, CacheControl.valueOf("no-store"));
  }

  private synchronized JsonObject currentLive() {
    Instant now = clock.instant();
    if (live != null && Duration.between(liveAt, now).compareTo(LIVE_EVERY) < 0) {
      return live;
    }
    JsonArrayBuilder cabs = JSON.createArrayBuilder();
    int busy = 0;
    int count = 0;
    for (Document c :
        PublisherStages.await(
            db.getCollection(SharedCollections.CABS)
                .find()
                .projection(Projections.include("lat", "lon", "seats", "freeAt")))) {
      Date freeAt = c.getDate("freeAt");
      boolean isBusy = freeAt != null && freeAt.toInstant().isAfter(now);
      busy += isBusy ? 1 : 0;
      count++;
      cabs.add(
          JSON.createArrayBuilder()
              .add(round5(((Number) c.get("lat")).doubleValue()))
              .add(round5(((Number) c.get("lon")).doubleValue()))
              .add(isBusy ? 1 : 0)
              .add(((Number) c.get("seats")).intValue()));
    }
    JsonArrayBuilder open = JSON.createArrayBuilder();
    int waiting = 0;
    for (Document r :
        PublisherStages.await(
            db.getCollection(RideDocument.COLLECTION)
                .find(
                    Filters.and(
                        Filters.eq(RideDocument.STATUS, RideStatus.QUEUED.name()),
                        Filters.gte(
                            RideDocument.TIMINGS_ACCEPTED_AT, Date.from(now.minus(OPEN_WINDOW)))))
                .projection(Projections.include(RideDocument.PICKUP))
                .limit(MAX_OPEN))) {
      Document p = r.get(RideDocument.PICKUP, Document.class);
      waiting++;
      open.add(
          JSON.createArrayBuilder()
              .add(((Number) p.get("lat")).doubleValue())
              .add(((Number) p.get("lon")).doubleValue()));
    }
    live =
        JSON.createObjectBuilder()
            .add("at", now.toString())
            .add("cabs", cabs)
            .add("cabCount", count)
            .add("busyCabs", busy)
            .add("open", open)
            .add("openCount", waiting)
            .add("openLimit", MAX_OPEN)
            .add("openWindowMinutes", OPEN_WINDOW.toMinutes())
            .build();
    liveAt = now;
    return live;
  }

  /** The last {@code minutes} (default 30) minute by minute, from the worker's batch reports. */
  @GET
  @Path("operations")
  public Response operations(@QueryParam("minutes") String minutes) {
    return answer(
        () -> {
          int m = parseMinutes(minutes);
          Instant now = clock.instant();
          OperationsTimeline timeline = new OperationsTimeline(now, m);
          List<BatchSummary> recent = batches.since(timeline.first(), now);
          recent.forEach(timeline::add);
          requestRate.since(timeline.first()).forEach(timeline::requests);
          return OperationsJson.of(timeline, recent, now);
        },
        CacheControl.valueOf("no-store"));
  }

  /** 5 decimals: about a metre, plenty for a dot on a city map, and a third less to send. */
  private static double round5(double v) {
    return Math.round(v * 1e5) / 1e5;
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
