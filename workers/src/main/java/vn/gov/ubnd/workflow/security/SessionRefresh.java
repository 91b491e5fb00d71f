package vn.gov.ubnd.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A portal session is only as good as the person's access token: when it is about to expire (5
 * minutes, the realm's lifetime) the session asks Keycloak for a new one with its refresh token and
 * takes the person's roles and groups from it. A person disabled or moved out of a group in
 * Keycloak so loses the portal, or the group's work, within a token's lifetime; a refresh Keycloak
 * refuses (disabled, session ended) ends the portal session.
 */
final class SessionRefresh extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(SessionRefresh.class);

  private final OAuth2AuthorizedClientManager manager;
  private final OAuth2AuthorizedClientRepository authorizedClients;
  private final JwtDecoder decoder;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
  private final SecurityContextHolderStrategy holder =
      SecurityContextHolder.getContextHolderStrategy();

  SessionRefresh(
      OAuth2AuthorizedClientManager manager,
      OAuth2AuthorizedClientRepository authorizedClients,
      JwtDecoder decoder) {
    this.manager = manager;
    this.authorizedClients = authorizedClients;
    this.decoder = decoder;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication signedIn = holder.getContext().getAuthentication();
    if (signedIn instanceof OAuth2AuthenticationToken session
        && session.getPrincipal() instanceof OidcUser user) {
      OAuth2AuthorizedClient before =
          authorizedClients.loadAuthorizedClient(
              session.getAuthorizedClientRegistrationId(), session, request);
      try {
        OAuth2AuthorizedClient now =
            before == null
                ? null
                : manager.authorize(
                    OAuth2AuthorizeRequest.withAuthorizedClient(before)
                        .principal(session)
                        .attribute(HttpServletRequest.class.getName(), request)
                        .attribute(HttpServletResponse.class.getName(), response)
                        .build());
        if (now == null) {
          end(request, response);
        } else if (now.getAccessToken() != before.getAccessToken()) {
          Collection<GrantedAuthority> authorities =
              new TokenAuthorities()
                  .convert(decoder.decode(now.getAccessToken().getTokenValue()))
                  .getAuthorities();
          OidcUser refreshed =
              new DefaultOidcUser(
                  authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
          SecurityContext context = holder.createEmptyContext();
          context.setAuthentication(
              new OAuth2AuthenticationToken(
                  refreshed, authorities, session.getAuthorizedClientRegistrationId()));
          holder.setContext(context);
          contexts.saveContext(context, request, response);
        }
      } catch (OAuth2AuthorizationException refused) {
        // Expected when a person was disabled or signed out elsewhere; logged without the token.
        LOG.info(
            "Phiên làm việc trên Cổng của {} kết thúc: Keycloak không cấp lại mã truy cập ({})",
            session.getName(),
            refused.getError().getErrorCode());
        end(request, response);
      }
    }
    chain.doFilter(request, response);
  }

  /** Keycloak no longer vouches for the person: the portal session ends here. */
  private void end(HttpServletRequest request, HttpServletResponse response) {
    holder.clearContext();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
