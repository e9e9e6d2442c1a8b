package nyc.cabportal.interfaces.map;

import static nyc.cabportal.interfaces.JsonBuilders.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.TimeUnit;
import nyc.cabportal.domain.place.NycPlaces;
import nyc.cabportal.domain.place.Place;
import nyc.cabportal.infrastructure.BoroughOutlines;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the maps draw that is not a ride: the borough outlines (from the file named by {@code
 * boroughs.geojson} / {@code BOROUGHS_GEOJSON}, so maps work with no internet) and the named places
 * riders can pick.
 */
@Path("map")
@ApplicationScoped
public class MapResource {

  private static final CacheControl ONE_DAY = cacheFor(TimeUnit.DAYS.toSeconds(1));

  @Inject
  @ConfigProperty(
      name = "boroughs.geojson",
      defaultValue = "../shared/data/nyc_borough_boundaries.geojson")
  String boroughsFile;

  private volatile byte[] outlines;

  @GET
  @Path("boroughs")
  @Produces("application/geo+json")
  public Response boroughs() {
    byte[] body = outlines;
    if (body == null) {
      try {
        body = BoroughOutlines.read(java.nio.file.Path.of(boroughsFile));
        outlines = body;
      } catch (RuntimeException e) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
            .type(MediaType.APPLICATION_JSON)
            .entity(
                JSON.createObjectBuilder()
                    .add(
                        "error",
                        "the borough map is not available: "
                            + e.getMessage()
                            + " (set BOROUGHS_GEOJSON to the NYC borough boundaries file)")
                    .build()
                    .toString())
            .build();
      }
    }
    return Response.ok(body).cacheControl(ONE_DAY).build();
  }

  @GET
  @Path("places")
  @Produces(MediaType.APPLICATION_JSON)
  public Response places() {
    JsonArrayBuilder places = JSON.createArrayBuilder();
    for (Place p : NycPlaces.all()) {
      places.add(
          JSON.createObjectBuilder()
              .add("id", p.id())
              .add("name", p.name())
              .add("borough", p.borough())
              .add("lat", p.location().lat())
              .add("lon", p.location().lon()));
    }
    JsonArray body = places.build();
    return Response.ok(body.toString()).cacheControl(ONE_DAY).build();
  }

  private static CacheControl cacheFor(long seconds) {
    CacheControl c = new CacheControl();
    c.setMaxAge((int) seconds);
    // JAX-RS says no-transform by default, which also forbids the server's own gzip.
    c.setNoTransform(false);
    return c;
  }
}
