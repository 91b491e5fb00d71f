package vn.gov.ubnd.workflow.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.gov.ubnd.workflow.accounts.Person;

/** The person behind a request, from their token or their browser sign-in. */
public final class SignedInPerson {

  private SignedInPerson() {}

  public static Person of(Authentication authentication) {
    if (authentication instanceof JwtAuthenticationToken jwt) {
      return new Person(
          jwt.getToken().getClaimAsString("preferred_username"),
          jwt.getToken().getClaimAsString("name"));
    }
    if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
      return new Person(user.getPreferredUsername(), user.getFullName());
    }
    throw new IllegalStateException("no signed-in person");
  }
}
