/**
 * The embedded default: every part of Cab Portal on one machine, each in its own JVM. {@link
 * nyc.cabportal.stack.EmbeddedKafka} and {@link nyc.cabportal.stack.EmbeddedMongo} are the mains of
 * the broker and the store (with {@link nyc.cabportal.stack.DurableH2Backend}, the store's
 * journal); {@link nyc.cabportal.stack.EmbeddedStack} orchestrates the parts (the integration tests
 * and benchmarks use it too) over {@link nyc.cabportal.stack.JvmLauncher} (how a part's JVM
 * starts), {@link nyc.cabportal.stack.Readiness} (when it is ready), the portal servers, the
 * balancer and the first start's data load; {@link nyc.cabportal.stack.CabPortalStack} is the
 * one-command launcher.
 */
package nyc.cabportal.stack;
