/**
 * The portal's web-security policy, apart from the cab domain: who may do what, how often and from
 * where. The admin account and its signed sign-in tickets, per-client rate limits, the client
 * behind trusted proxies, the cross-site request rule and the content security policy — plain Java,
 * tested in plain JUnit; the servlet filters, resources and the sign-in mechanism of {@code
 * interfaces} apply them.
 */
package nyc.cabportal.security;
