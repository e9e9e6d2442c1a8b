package nyc.cabportal.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import nyc.cabportal.infrastructure.PeriodicRounds;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * DOWN when the result poll has stopped running rounds: riders on this pod would then wait forever,
 * and only a restart helps. A slow or failing store does not make it DOWN (a round that fails still
 * completes); readiness reports that.
 */
@Liveness
@ApplicationScoped
public class ResultPollLiveness implements HealthCheck {

  private static final Duration STALLED = Duration.ofSeconds(60);

  @Inject PeriodicRounds rounds;

  @Override
  public HealthCheckResponse call() {
    Duration since = Duration.between(rounds.lastPoll(), Instant.now());
    return HealthCheckResponse.named("result-poll")
        .withData("lastRoundMsAgo", since.toMillis())
        .status(since.compareTo(STALLED) < 0)
        .build();
  }
}
