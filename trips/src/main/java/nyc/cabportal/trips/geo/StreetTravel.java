package nyc.cabportal.trips.geo;

/**
 * How far and how fast a cab goes on New York's streets when nothing better is known: the stand-ins
 * the worker uses before the trip tables exist (its interim estimate) and where they say nothing (a
 * pickup's drive from the cab).
 */
public final class StreetTravel {

  /** Streets are not straight lines: road distance ≈ this × the great-circle distance. */
  public static final double DETOUR = 1.3;

  /**
   * km/h: the median speed of the trips in the shared 2014 Yellow sample (distance above 0, longer
   * than a minute).
   */
  public static final double MEDIAN_SPEED_KMH = 18.0;

  private StreetTravel() {}
}
