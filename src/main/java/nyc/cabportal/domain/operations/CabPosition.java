package nyc.cabportal.domain.operations;

import java.time.Instant;

/** Where a cab is (or will be free), its seats, and when it is free. */
public record CabPosition(double lat, double lon, int seats, Instant freeAt) {

  public boolean busyAt(Instant now) {
    return freeAt != null && freeAt.isAfter(now);
  }
}
