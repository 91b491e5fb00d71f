package vn.gov.ubnd.workflow.security;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which tokens the worker application accepts.
 *
 * @param issuerUri the Keycloak realm that issues them (OIDC_ISSUER_URI), e.g.
 *     http://127.0.0.1:8181/realms/ubnd; no default outside the local profile
 * @param audience the audience a token must name: this API's client in the realm
 * @param clockSkew how far the clocks of Keycloak and this machine may differ
 * @param portalClient the realm's public client browsers sign in with
 */
@Validated
@ConfigurationProperties("ubnd.security")
record SecurityProperties(
    @NotBlank String issuerUri,
    @DefaultValue("ubnd-workers") String audience,
    @DefaultValue("10s") Duration clockSkew,
    @DefaultValue("ubnd-portal") String portalClient) {}
