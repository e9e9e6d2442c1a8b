/**
 * MicroProfile Health probes. Readiness is UP only when Kafka and MongoDB answer, so Kubernetes and
 * the integration tests route to, and wait for, a portal that can really take a ride.
 */
package nyc.cabportal.interfaces.health;
