package nyc.cabportal.domain.ride;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The running portals, each known by the last time it said it was alive. A portal that falls silent
 * may have died between storing a ride and queueing it; the first live portal to claim it looks for
 * such rides (see the application's PendingRideRecovery).
 */
public interface PortalRoster {

  /** Records that {@code portal} is alive at {@code at}. */
  CompletionStage<Void> beat(String portal, Instant at);

  /** Every portal on the roster and when it last beat. */
  CompletionStage<Map<String, Instant>> lastBeats();

  /**
   * Takes a silent portal off the roster, if it still last beat at {@code lastBeat}; true for the
   * one caller that did (another portal may claim it at the same moment, or it may have come back).
   */
  CompletionStage<Boolean> claim(String portal, Instant lastBeat);
}
