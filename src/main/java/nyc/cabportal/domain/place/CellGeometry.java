package nyc.cabportal.domain.place;

/** The shape of the H3 cells the serving tables name, for maps. */
public interface CellGeometry {

  /**
   * The cell's corners as [lat, lon] pairs.
   *
   * @throws IllegalArgumentException when {@code h3} is not an H3 cell
   */
  double[][] outline(String h3);

  /** The cell's centre. */
  GeoPoint centre(String h3);
}
