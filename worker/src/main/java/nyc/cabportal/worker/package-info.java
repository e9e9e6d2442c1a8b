/**
 * The dispatch worker: a Spark Structured Streaming job ({@link
 * nyc.cabportal.worker.DispatchWorker}) that reads ride requests from Kafka in micro-batches,
 * answers each batch as a whole and writes the answers to MongoDB. It shares no class with the
 * portal, only the message contract in {@code contract/}.
 */
package nyc.cabportal.worker;
