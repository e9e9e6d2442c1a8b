/**
 * Batched matching of a micro-batch's pickups to free cabs: candidates from H3 rings ({@link
 * nyc.cabportal.worker.matching.BatchMatcher}) and a maximum matching of least total pickup
 * distance over them ({@code MinCostMatching}). Plain Java.
 */
package nyc.cabportal.worker.matching;
