/**
 * The simulated fleet: cabs ({@link nyc.cabportal.worker.fleet.Cab}), their state between batches
 * ({@link nyc.cabportal.worker.fleet.Fleet}), where a new fleet goes ({@link
 * nyc.cabportal.worker.fleet.FleetPlacement}) and its durable copy ({@link
 * nyc.cabportal.worker.fleet.MongoFleet}).
 */
package nyc.cabportal.worker.fleet;
