/**
 * Entry points, split by channel: {@code web} (Jakarta Faces pages for riders), {@code rest} (the
 * {@code /api/rides} JSON API) and {@code health} (MicroProfile Health probes). They validate,
 * convert and hand off to the application layer; they hold no business rule.
 */
package nyc.cabportal.interfaces;
