package nyc.cabportal.interfaces.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The admin landing page: who is signed in. */
@Named
@RequestScoped
public class AdminHome {

  @Inject SecurityContext security;

  public String getUser() {
    return security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
  }
}
