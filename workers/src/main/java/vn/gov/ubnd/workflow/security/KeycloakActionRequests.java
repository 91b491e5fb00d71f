package vn.gov.ubnd.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's sign-in requests, which may ask Keycloak for one of its own pages on the way: "Đổi
 * mật khẩu" sends {@code /oauth2/authorization/keycloak?kc_action=UPDATE_PASSWORD}, and Keycloak
 * shows its update-password page (the theme's Vietnamese, the realm's policy) before coming back.
 * People have no account console, so this is where they change their password. Only the actions
 * named here pass; anything else is an ordinary sign-in.
 */
final class KeycloakActionRequests implements OAuth2AuthorizationRequestResolver {

  static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";

  private final DefaultOAuth2AuthorizationRequestResolver defaults;

  KeycloakActionRequests(ClientRegistrationRepository clients) {
    this.defaults = new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
  }

  @Override
  public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
    return withAction(request, defaults.resolve(request));
  }

  @Override
  public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
    return withAction(request, defaults.resolve(request, registrationId));
  }

  private static OAuth2AuthorizationRequest withAction(
      HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
    if (authorization == null || !UPDATE_PASSWORD.equals(request.getParameter("kc_action"))) {
      return authorization;
    }
    return OAuth2AuthorizationRequest.from(authorization)
        .authorizationRequestUri(
            UriComponentsBuilder.fromUriString(authorization.getAuthorizationRequestUri())
                .queryParam("kc_action", UPDATE_PASSWORD)
                .build(true)
                .toUriString())
        .build();
  }
}
