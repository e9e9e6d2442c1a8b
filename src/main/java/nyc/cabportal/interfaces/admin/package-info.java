/**
 * The admin side's edge: sign-in with the {@code admin} role (one user from configuration, no
 * built-in password), the admin pages under {@code /admin/} and their data under {@code
 * /api/admin}. Beans here parse parameters and shape pages and JSON; the work is done by the use
 * cases of {@code application.admin}.
 */
package nyc.cabportal.interfaces.admin;
