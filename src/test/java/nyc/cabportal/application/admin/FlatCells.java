package nyc.cabportal.application.admin;

import nyc.cabportal.domain.place.CellGeometry;
import nyc.cabportal.domain.place.GeoPoint;

/** Cells as a unit square at Times Square: the use cases' tests need a shape, not the true one. */
final class FlatCells implements CellGeometry {

  int outlined;

  @Override
  public double[][] outline(String h3) {
    outlined++;
    return new double[][] {{40.758, -73.985}, {40.759, -73.985}, {40.759, -73.986}};
  }

  @Override
  public GeoPoint centre(String h3) {
    return new GeoPoint(40.758, -73.9855);
  }
}
