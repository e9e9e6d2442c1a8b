/**
 * What data prep made of the trip files: each run's report of rows read, kept and rejected by
 * reason and by file, with samples of the rejected rows, as the data-quality page shows it.
 */
package nyc.cabportal.domain.dataquality;
