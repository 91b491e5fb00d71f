package vn.gov.ubnd.workflow.camunda;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the portal's service account reaches Tasklist's API (the browser never does). Either a
 * Tasklist user signed in with a password (8.6 without Identity: the local stack), or OAuth client
 * credentials (8.6 with Identity, a maintained line). Secrets only from the environment.
 *
 * @param url Tasklist's address (the single application's on the local stack)
 * @param username the service account's Tasklist user (password sign-in)
 * @param password its password
 * @param tokenUrl the OAuth token endpoint (client credentials); when set, used instead
 * @param clientId the OAuth client
 * @param clientSecret its secret
 * @param audience the token audience Tasklist expects ("tasklist-api")
 * @param timeout per request
 */
@Validated
@ConfigurationProperties("ubnd.tasklist")
record TasklistProperties(
    @NotBlank String url,
    String username,
    String password,
    String tokenUrl,
    String clientId,
    String clientSecret,
    @DefaultValue("tasklist-api") String audience,
    @DefaultValue("10s") Duration timeout) {

  boolean usesClientCredentials() {
    return tokenUrl != null && !tokenUrl.isBlank();
  }
}
