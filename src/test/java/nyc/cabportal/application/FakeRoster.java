package nyc.cabportal.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import nyc.cabportal.domain.ride.PortalRoster;

/** An in-memory portal roster with the real one's conditional claim. */
final class FakeRoster implements PortalRoster {

  final Map<String, Instant> beats = new LinkedHashMap<>();

  @Override
  public synchronized CompletionStage<Void> beat(String portal, Instant at) {
    beats.put(portal, at);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public synchronized CompletionStage<Map<String, Instant>> lastBeats() {
    return CompletableFuture.completedFuture(new LinkedHashMap<>(beats));
  }

  @Override
  public synchronized CompletionStage<Boolean> claim(String portal, Instant lastBeat) {
    return CompletableFuture.completedFuture(beats.remove(portal, lastBeat));
  }
}
