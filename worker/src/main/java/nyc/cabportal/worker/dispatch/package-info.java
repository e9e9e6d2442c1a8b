/**
 * Answering a micro-batch: {@link nyc.cabportal.worker.dispatch.Dispatcher} decides each ride's
 * outcome (plain Java), {@link nyc.cabportal.worker.dispatch.MongoRideResults} stores the outcomes
 * idempotently, {@link nyc.cabportal.worker.dispatch.DeadLetterQueue} keeps every record that is
 * not a ride request, and {@link nyc.cabportal.worker.dispatch.DispatchBatch} ties them to Spark's
 * {@code foreachBatch}.
 */
package nyc.cabportal.worker.dispatch;
