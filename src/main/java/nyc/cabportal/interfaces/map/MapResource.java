package nyc.cabportal.interfaces.map;

import static nyc.cabportal.interfaces.JsonBuilders.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.TimeUnit;
import nyc.cabportal.domain.Quoted;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.place.NycPlaces;
import nyc.cabportal.domain.place.Place;
import nyc.cabportal.domain.place.PlaceNames;
import nyc.cabportal.infrastructure.BoroughOutlines;
import nyc.cabportal.interfaces.rest.RideJson;
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

  @Inject PlaceNames placeNames;

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
    NycPlaces.all().forEach(p -> places.add(place(p, "place")));
    placeNames.neighbourhoods().forEach(p -> places.add(place(p, "zone")));
    JsonArray body = places.build();
    return Response.ok(body.toString()).cacheControl(ONE_DAY).build();
  }

  private static JsonObjectBuilder place(Place p, String kind) {
    return JSON.createObjectBuilder()
        .add("id", p.id())
        .add("kind", kind)
        .add("name", p.name())
        .add("borough", p.borough())
        .add("lat", p.location().lat())
        .add("lon", p.location().lon());
  }

  /**
   * What a rider calls a point ({@code ?lat=40.7505&lon=-73.9823}): {@code {"lat", "lon", "name"}},
   * the name a named place's or the neighbourhood's ("Midtown Center, Manhattan"), null in water or
   * outside the city's zones. The request form names a clicked or typed point with it.
   */
  @GET
  @Path("places/at")
  @Produces(MediaType.APPLICATION_JSON)
  public Response placeAt(@QueryParam("lat") String lat, @QueryParam("lon") String lon) {
    Double la = degrees(lat, 90);
    Double lo = degrees(lon, 180);
    if (la == null || lo == null) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(
              RideJson.error(
                      "lat and lon must be degrees, e.g. ?lat=40.7505&lon=-73.9823: not lat="
                          + Quoted.of(String.valueOf(lat))
                          + ", lon="
                          + Quoted.of(String.valueOf(lon)))
                  .toString())
          .build();
    }
    GeoPoint p = new GeoPoint(la, lo);
    var body = JSON.createObjectBuilder().add("lat", la).add("lon", lo);
    placeNames.of(p).ifPresentOrElse(n -> body.add("name", n), () -> body.addNull("name"));
    return Response.ok(body.build().toString()).cacheControl(ONE_DAY).build();
  }

  /** A finite number of degrees within ±{@code limit}, or null. */
  private static Double degrees(String text, double limit) {
    if (text == null || text.isBlank() || text.length() > 32) {
      return null;
    }
    try {
      double v = Double.parseDouble(text.strip());
      return Double.isFinite(v) && Math.abs(v) <= limit ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static CacheControl cacheFor(long seconds) {
    CacheControl c = new CacheControl();
    c.setMaxAge((int) seconds);
    // JAX-RS says no-transform by default, which also forbids the server's own gzip.
    c.setNoTransform(false);
    return c;
  }
}
