package nyc.cabportal.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nyc.cabportal.infrastructure.PeriodicRounds;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/**
 * UP once the portal has started its background rounds (result poll, recovery): from then on
 * Kubernetes may apply the liveness probe. Independent of Kafka and MongoDB, which readiness
 * reports, so a slow broker never gets a starting portal killed.
 */
@Startup
@ApplicationScoped
public class PortalStartup implements HealthCheck {

  @Inject PeriodicRounds rounds;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("portal-started").status(rounds.isStarted()).build();
  }
}
