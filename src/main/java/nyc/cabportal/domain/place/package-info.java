/** Where rides can start and end: coordinates, the NYC service area and named NYC places. */
package nyc.cabportal.domain.place;
