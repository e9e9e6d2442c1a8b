/**
 * The embedded default: every part of Cab Portal on one machine, each in its own JVM. {@link
 * nyc.cabportal.stack.EmbeddedKafka} and {@link nyc.cabportal.stack.EmbeddedMongo} are the mains of
 * the broker and the store; {@link nyc.cabportal.stack.EmbeddedStack} starts and stops the parts
 * (the integration tests use it too) and {@link nyc.cabportal.stack.CabPortalStack} is the
 * one-command launcher.
 */
package nyc.cabportal.stack;
