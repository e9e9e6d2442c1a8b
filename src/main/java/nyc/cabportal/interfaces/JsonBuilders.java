package nyc.cabportal.interfaces;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import java.util.Map;

/**
 * The one JSON builder factory of the portal. {@code Json.createObjectBuilder()} looks the JSON
 * provider up on every call; a heat-map frame builds thousands of arrays, and those lookups cost
 * more than the rest of the request (measured), so builders come from this factory instead.
 */
public final class JsonBuilders {

  public static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private JsonBuilders() {}
}
