package nyc.cabportal.trips;

/** Who recorded a trip: the two TLC taxi fleets, or an Uber base (pickups only). */
public enum Source {
  YELLOW,
  GREEN,
  UBER;

  /** The name used in the warehouse and the serving tables ("yellow", "green", "uber"). */
  public String key() {
    return name().toLowerCase();
  }
}
