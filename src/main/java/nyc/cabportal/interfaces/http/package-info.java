/**
 * What every HTTP request meets before the portal serves it: security headers, the cross-site rule,
 * the body size limit, and the per-client rate limit on ride requests ({@link RequestPolicy},
 * applied by {@link RequestGuard}, {@code AdminSignIn} and the ride endpoints).
 */
package nyc.cabportal.interfaces.http;
