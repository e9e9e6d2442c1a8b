/**
 * The worker's side of the message contract: names, the ride request as read from Kafka, and the
 * rules a record must pass before it is dispatched.
 */
package nyc.cabportal.worker.contract;
