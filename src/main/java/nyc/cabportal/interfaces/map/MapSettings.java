package nyc.cabportal.interfaces.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How pages draw maps. With no tile URL (the default) a map shows the borough outlines only and
 * needs no internet; {@code map.tiles.url} ({@code MAP_TILES_URL}), e.g. {@code
 * https://tile.openstreetmap.org/{z}/{x}/{y}.png}, adds a street basemap for online use, credited
 * with {@code map.tiles.attribution}.
 */
@Named
@ApplicationScoped
public class MapSettings {

  @Inject
  @ConfigProperty(name = "map.tiles.url")
  Optional<String> tilesUrl;

  @Inject
  @ConfigProperty(name = "map.tiles.attribution", defaultValue = "© OpenStreetMap contributors")
  String tilesAttribution;

  public String getTilesUrl() {
    return tilesUrl.orElse("");
  }

  public String getTilesAttribution() {
    return tilesAttribution;
  }
}
