/**
 * Who may do what, how often and from where, in plain Java: per-client rate limits, the client
 * behind trusted proxies, the cross-site request rule and the content security policy. The servlet
 * filters and resources of {@code interfaces} apply these rules; they are tested in plain JUnit.
 */
package nyc.cabportal.domain.access;
