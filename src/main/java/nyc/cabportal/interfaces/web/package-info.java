/**
 * The rider's Jakarta Faces pages: request a cab, watch it, list this browser session's rides. One
 * backing bean per use case, with the narrowest scope that works.
 */
package nyc.cabportal.interfaces.web;
