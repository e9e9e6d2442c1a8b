/**
 * Ride requests to Kafka through MicroProfile Reactive Messaging and the liberty-kafka connector.
 */
package nyc.cabportal.infrastructure.kafka;
