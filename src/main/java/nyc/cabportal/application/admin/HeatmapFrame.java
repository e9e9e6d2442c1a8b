package nyc.cabportal.application.admin;

import java.util.List;
import java.util.Optional;
import nyc.cabportal.domain.tripdata.HeatmapQuery;

/**
 * One frame of the hexagon heat map: the busiest cells of the frame with their outlines, and how
 * many trips it holds in all and in the cells drawn.
 *
 * @param max the trips of the busiest cell (the colour scale's top)
 * @param note what the frame cannot show, if anything (Uber's 2014 files have no dropoffs)
 */
public record HeatmapFrame(
    HeatmapQuery query,
    long trips,
    long tripsDrawn,
    long max,
    List<Cell> cells,
    Optional<String> note) {

  /** A cell, its trips and its corners as [lat, lon] pairs. */
  public record Cell(String h3, long trips, double[][] outline) {}
}
