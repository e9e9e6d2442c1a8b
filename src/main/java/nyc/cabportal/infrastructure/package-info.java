/**
 * Implementations of the domain's interfaces, named for their technology: MongoDB ({@code mongo})
 * and Kafka through MicroProfile Reactive Messaging ({@code kafka}), plus the CDI producers that
 * assemble the use cases from configuration.
 */
package nyc.cabportal.infrastructure;
