/**
 * The admin side: form sign-in with the {@code admin} role (users from configuration, no built-in
 * password) and the admin pages under {@code /admin/}.
 */
package nyc.cabportal.interfaces.admin;
