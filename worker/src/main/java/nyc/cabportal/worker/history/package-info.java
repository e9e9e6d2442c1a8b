/**
 * What the worker knows of past trips and how it estimates from it: data prep's tables loaded into
 * a {@link nyc.cabportal.worker.history.TripHistory} (kept current by {@link
 * nyc.cabportal.worker.history.LiveHistory}) and the {@link
 * nyc.cabportal.worker.history.HistoricalEstimator}. Plain Java, tested without Spark or a store.
 */
package nyc.cabportal.worker.history;
