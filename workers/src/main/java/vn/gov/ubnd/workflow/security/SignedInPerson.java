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
          vietnameseName(
              jwt.getToken().getClaimAsString("family_name"),
              jwt.getToken().getClaimAsString("given_name"),
              jwt.getToken().getClaimAsString("name")));
    }
    if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
      return new Person(
          user.getPreferredUsername(),
          vietnameseName(user.getFamilyName(), user.getGivenName(), user.getFullName()));
    }
    throw new IllegalStateException("no signed-in person");
  }

  /**
   * The family name first, as Vietnamese names are written ("Phan Thanh Nga"): Keycloak's "name"
   * claim puts the given name first.
   */
  static String vietnameseName(String family, String given, String name) {
    if (family != null && !family.isBlank() && given != null && !given.isBlank()) {
      return family.strip() + " " + given.strip();
    }
    return name;
  }
}
