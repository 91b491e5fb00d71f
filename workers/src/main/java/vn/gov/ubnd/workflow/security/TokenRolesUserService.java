package vn.gov.ubnd.workflow.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A browser sign-in gets the same roles and groups as a token: Keycloak puts them in the access
 * token (checked here like any token the API receives), not in the ID token.
 */
final class TokenRolesUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OidcUserService oidc = new OidcUserService();
  private final JwtDecoder decoder;

  TokenRolesUserService(JwtDecoder decoder) {
    this.decoder = decoder;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
    OidcUser user = oidc.loadUser(request);
    Collection<GrantedAuthority> authorities =
        new TokenAuthorities()
            .convert(decoder.decode(request.getAccessToken().getTokenValue()))
            .getAuthorities();
    return new DefaultOidcUser(
        authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
  }
}
