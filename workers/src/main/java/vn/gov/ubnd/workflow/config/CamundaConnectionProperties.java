package vn.gov.ubnd.workflow.config;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the application checks its Camunda target before any worker opens.
 *
 * @param target which of the three supported targets the active profile configures
 * @param connectTimeout how long to keep asking the gateway for its topology at start (the stack
 *     may still be coming up) before giving up with one clear error
 * @param checkOnStart whether to check at all (off only where the client is not a real one, as in
 *     Zeebe Process Tests)
 */
@Validated
@ConfigurationProperties("ubnd.camunda")
record CamundaConnectionProperties(
    @NotNull Target target,
    @DefaultValue("60s") Duration connectTimeout,
    @DefaultValue("true") boolean checkOnStart) {

  /** The Camunda deployments the application knows how to reach. */
  public enum Target {
    /** Self-managed without authentication: the local stack. */
    LOCAL,
    /** Self-managed with OAuth client credentials (Identity / Keycloak or another issuer). */
    OAUTH,
    /** Camunda SaaS. */
    SAAS
  }
}
