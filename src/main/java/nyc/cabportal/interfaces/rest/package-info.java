/**
 * The JSON API under {@code /api}: thin resources that read JSON, call a use case and map errors.
 */
package nyc.cabportal.interfaces.rest;
