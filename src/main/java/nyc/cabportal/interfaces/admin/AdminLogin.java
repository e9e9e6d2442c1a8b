package nyc.cabportal.interfaces.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in for the admin pages ({@code /admin/*}, role {@code admin}, see web.xml): an
 * unauthenticated visit is redirected to the sign-in page; a wrong password lands on its error
 * page. Rider pages and the rider API need no sign-in.
 */
@FormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(
            loginPage = "/sign-in.html",
            errorPage = "/sign-in-failed.html",
            useForwardToLogin = false))
@ApplicationScoped
public class AdminLogin {}
