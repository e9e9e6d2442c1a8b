/** The maps' own data: borough outlines served from the boundary file, and named places. */
package nyc.cabportal.interfaces.map;
