package vn.gov.ubnd.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.gov.ubnd.workflow.accounts.AccountRole;

/**
 * Every endpoint of the worker application needs a valid token of the realm, except the health
 * status (UP or DOWN; details for managers) and the local council stand-in (its own shared token).
 * Each endpoint names the roles that may call it; anything not named is refused. No sessions, no
 * cookies (so no CSRF), no CORS: browsers of other origins get nothing.
 *
 * <p>Size: the two filter chains (API tokens; portal sessions) and the role of every endpoint, in
 * one place a reviewer reads at once.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

  private static String role(AccountRole role) {
    return role.roleName();
  }

  /**
   * The staff portal and the documents its forms link to: a browser signs in through Keycloak
   * (authorization code with PKCE, the portal's client) and keeps a session; every change it sends
   * carries the session's CSRF token. A call with a token, or one that asks for JSON, gets 401
   * instead of a login page.
   */
  @Bean
  @Order(1)
  SecurityFilterChain portal(
      HttpSecurity http,
      JwtDecoder decoder,
      ClientRegistrationRepository clients,
      OAuth2AuthorizedClientRepository authorizedClients)
      throws Exception {
    RequestMatcher apiCall =
        request ->
            bearer(request)
                || String.valueOf(request.getHeader("Accept")).contains("application/json");
    // People's roles: the metrics scraper's token opens neither the portal nor a document.
    String[] everyRole =
        Arrays.stream(AccountRole.values())
            .filter(role -> role != AccountRole.MONITORING)
            .map(AccountRole::roleName)
            .toArray(String[]::new);
    org.springframework.security.oauth2.client.oidc.web.logout
            .OidcClientInitiatedLogoutSuccessHandler
        keycloakLogout =
            new org.springframework.security.oauth2.client.oidc.web.logout
                .OidcClientInitiatedLogoutSuccessHandler(clients);
    keycloakLogout.setPostLogoutRedirectUri("{baseUrl}/portal/");
    keycloakLogout.setDefaultTargetUrl("/portal/");
    http.securityMatcher(
            "/api/documents/**",
            "/oauth2/**",
            "/login/**",
            "/logout",
            "/logout/connect/back-channel/*",
            "/portal",
            "/portal/**",
            "/api/portal/**")
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.GET, "/api/documents/*")
                    .hasAnyRole(everyRole)
                    .requestMatchers(
                        "/oauth2/**", "/login/**", "/logout", "/logout/connect/back-channel/*")
                    .permitAll()
                    .requestMatchers("/api/portal/directives/**")
                    .hasRole(role(AccountRole.OFFICE))
                    .requestMatchers("/api/portal/office-documents/imports")
                    .hasRole(role(AccountRole.OFFICE))
                    .requestMatchers("/portal", "/portal/**", "/api/portal/**")
                    .hasAnyRole(everyRole)
                    .anyRequest()
                    .denyAll())
        .oauth2Login(
            login ->
                login
                    .clientRegistrationRepository(clients)
                    .authorizedClientRepository(authorizedClients)
                    .authorizationEndpoint(
                        endpoint ->
                            endpoint.authorizationRequestResolver(
                                new KeycloakActionRequests(clients)))
                    // Back from a password change (no page was asked for): the portal.
                    .defaultSuccessUrl("/portal/", false)
                    .userInfoEndpoint(
                        user -> user.oidcUserService(new TokenRolesUserService(decoder))))
        .addFilterBefore(
            new SessionRefresh(
                refreshingManager(clients, authorizedClients), authorizedClients, decoder),
            AuthorizationFilter.class)
        .logout(logout -> logout.logoutSuccessHandler(keycloakLogout))
        // Signing out anywhere in Keycloak (or an administrator ending the session) ends the
        // portal's session too: Keycloak posts a logout token to /logout/connect/back-channel/..
        .oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()))
        // The session's CSRF token guards what a browser sends; a call with a bearer token of its
        // own carries no ambient credential to forge. Any other Authorization header (Basic, a
        // made-up scheme) leaves the session cookie in charge, so the CSRF token is required.
        .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::bearer))
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new TokenAuthorities()))
                    .authenticationEntryPoint(JsonSecurityErrors.unauthorized())
                    .accessDeniedHandler(JsonSecurityErrors.forbidden()))
        .headers(
            headers ->
                headers.contentSecurityPolicy(
                    csp ->
                        csp.policyDirectives(
                            "default-src 'self'; img-src 'self' data:; style-src 'self'"
                                + " 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")))
        .exceptionHandling(
            errors ->
                errors
                    .defaultAuthenticationEntryPointFor(JsonSecurityErrors.unauthorized(), apiCall)
                    .accessDeniedHandler(JsonSecurityErrors.forbidden()));
    return http.build();
  }

  /** A person's tokens live in their session (with it on the replica that holds it). */
  @Bean
  OAuth2AuthorizedClientRepository authorizedClients() {
    return new org.springframework.security.oauth2.client.web
        .HttpSessionOAuth2AuthorizedClientRepository();
  }

  /** Refreshes a session's access token a minute before it expires. */
  private static OAuth2AuthorizedClientManager refreshingManager(
      ClientRegistrationRepository clients, OAuth2AuthorizedClientRepository authorizedClients) {
    DefaultOAuth2AuthorizedClientManager manager =
        new DefaultOAuth2AuthorizedClientManager(clients, authorizedClients);
    // The portal is a public client, known to Keycloak by client_id alone: the RestClient-based
    // response client sends it with the refresh; the builder's default (RestTemplate-based) does
    // not, and Keycloak answers "client_not_found".
    RestClientRefreshTokenTokenResponseClient refresh =
        new org.springframework.security.oauth2.client.endpoint
            .RestClientRefreshTokenTokenResponseClient();
    manager.setAuthorizedClientProvider(
        OAuth2AuthorizedClientProviderBuilder.builder()
            .refreshToken(token -> token.accessTokenResponseClient(refresh))
            .build());
    return manager;
  }

  /** The portal's client, from the realm's well-known Keycloak addresses (no call at start). */
  @Bean
  ClientRegistrationRepository clientRegistrations(SecurityProperties properties) {
    String issuer = properties.issuerUri().replaceAll("/+$", "");
    return new org.springframework.security.oauth2.client.registration
        .InMemoryClientRegistrationRepository(
        ClientRegistration.withRegistrationId("keycloak")
            .clientId(properties.portalClient())
            .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .scope("openid", "profile")
            .issuerUri(issuer)
            .authorizationUri(issuer + "/protocol/openid-connect/auth")
            .tokenUri(issuer + "/protocol/openid-connect/token")
            .jwkSetUri(issuer + "/protocol/openid-connect/certs")
            .userInfoUri(issuer + "/protocol/openid-connect/userinfo")
            // Without it the portal's sign-out ended only its own session and landed on "/":
            // Keycloak's session lived on and signed the person straight back in.
            .providerConfigurationMetadata(
                Map.of("end_session_endpoint", issuer + "/protocol/openid-connect/logout"))
            .userNameAttributeName("preferred_username")
            .build());
  }

  private static final String COUNCIL_INBOX = "/api/local-council-inbox";

  @Bean
  @Order(2)
  SecurityFilterChain api(
      HttpSecurity http,
      // The report cycle's setting, read by name: security depends on no feature package.
      @Value("${ubnd.report-cycle.council.http-token:}") String inboxToken)
      throws Exception {
    String office = role(AccountRole.OFFICE);
    // The stand-in's caller sends the channel's shared token, not a Keycloak token: it is checked
    // here, before anything of the request is read, and never taken for a JWT.
    DefaultBearerTokenResolver jwtResolver = new DefaultBearerTokenResolver();
    BearerTokenResolver bearer =
        request ->
            COUNCIL_INBOX.equals(request.getRequestURI()) ? null : jwtResolver.resolve(request);
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/actuator/prometheus")
                    .hasAnyRole(role(AccountRole.MONITORING), role(AccountRole.MANAGER))
                    .requestMatchers("/actuator/**")
                    .hasRole(role(AccountRole.MANAGER))
                    .requestMatchers(HttpMethod.POST, COUNCIL_INBOX)
                    .access(
                        (authentication, context) ->
                            new AuthorizationDecision(
                                sharedTokenMatches(
                                    inboxToken, context.getRequest().getHeader("Authorization"))))
                    .requestMatchers(HttpMethod.POST, "/api/directives/imports")
                    .hasRole(office)
                    .requestMatchers(HttpMethod.GET, "/api/directives/imports/**")
                    .hasRole(office)
                    .requestMatchers(HttpMethod.GET, "/api/directives/statistics")
                    .hasAnyRole(office, role(AccountRole.LEADER), role(AccountRole.MANAGER))
                    .requestMatchers("/error")
                    .permitAll()
                    .anyRequest()
                    .denyAll())
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .bearerTokenResolver(bearer)
                    .withObjectPostProcessor(
                        new ObjectPostProcessor<
                            org.springframework.security.oauth2.server.resource.web.authentication
                                .BearerTokenAuthenticationFilter>() {
                          @Override
                          public <
                                  F extends
                                      org.springframework.security.oauth2.server.resource.web
                                              .authentication.BearerTokenAuthenticationFilter>
                              F postProcess(F filter) {
                            filter.setAuthenticationFailureHandler(
                                JsonSecurityErrors.tokenFailures());
                            return filter;
                          }
                        })
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new TokenAuthorities()))
                    .authenticationEntryPoint(JsonSecurityErrors.unauthorized())
                    .accessDeniedHandler(JsonSecurityErrors.forbidden()))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(JsonSecurityErrors.unauthorized())
                    .accessDeniedHandler(JsonSecurityErrors.forbidden()));
    return http.build();
  }

  /** A request that authenticates with a bearer token of its own, not the session cookie. */
  static boolean bearer(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, "Bearer ".length());
  }

  /** Constant-time comparison; no configured token means nobody. */
  static boolean sharedTokenMatches(String configured, String authorization) {
    if (configured == null || configured.isBlank() || authorization == null) {
      return false;
    }
    return MessageDigest.isEqual(
        ("Bearer " + configured).getBytes(StandardCharsets.UTF_8),
        authorization.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Tokens of the configured realm only, for this API (audience), not expired: the keys are fetched
   * from the realm when the first token arrives, so the application starts without Keycloak.
   */
  @Bean
  JwtDecoder jwtDecoder(SecurityProperties properties) {
    String issuer = properties.issuerUri().replaceAll("/+$", "");
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withJwkSetUri(issuer + "/protocol/openid-connect/certs").build();
    OAuth2TokenValidator<Jwt> audience =
        jwt ->
            jwt.getAudience() != null && jwt.getAudience().contains(properties.audience())
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(
                    new OAuth2Error("invalid_token", "wrong audience", null));
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            List.of(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(issuer),
                audience)));
    return decoder;
  }
}
