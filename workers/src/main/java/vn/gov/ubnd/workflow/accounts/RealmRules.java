package vn.gov.ubnd.workflow.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The realm's own settings, brought in line at every run whatever they were: the office's sign-in
 * pages in Vietnamese only, lockout after repeated failures with a growing wait, the password
 * policy, and a browser flow that asks a one-time password of everyone holding {@value
 * #ONE_TIME_PASSWORD_ROLE} (and makes them set one up at their next sign-in).
 */
final class RealmRules {

  /** The realm role the browser flow asks a one-time password of; groups get it by catalog role. */
  static final String ONE_TIME_PASSWORD_ROLE = "otp-required";

  static final String BROWSER_FLOW = "ubnd-browser";
  static final String FORMS_FLOW = BROWSER_FLOW + " forms";
  static final String OTP_FLOW = BROWSER_FLOW + " one-time password by role";

  /**
   * At least 12 characters with a digit and a special one, not the username or e-mail, not reused.
   */
  static final String PASSWORD_POLICY =
      "length(12) and digits(1) and specialChars(1) and notUsername(undefined)"
          + " and notEmail(undefined) and passwordHistory(5)";

  /** The lockout: 5 failures, then a wait of 1 minute that grows to at most 15. */
  static final int FAILURES_BEFORE_LOCKOUT = 5;

  private final KeycloakAdmin admin;

  RealmRules(KeycloakAdmin admin) {
    this.admin = admin;
  }

  /** The realm as it must be; Keycloak's update keeps what the representation does not name. */
  void apply(String displayName) throws IOException, InterruptedException {
    Map<String, Object> realm = new LinkedHashMap<>();
    realm.put("displayName", displayName);
    realm.put("displayNameHtml", escape(displayName));
    realm.put("loginTheme", "ubnd");
    realm.put("emailTheme", "ubnd");
    realm.put("internationalizationEnabled", true);
    realm.put("supportedLocales", List.of("vi"));
    realm.put("defaultLocale", "vi");
    realm.put("registrationAllowed", false);
    // The office's wording: people sign in with their username ("Tên đăng nhập").
    realm.put("loginWithEmailAllowed", false);
    realm.put("resetPasswordAllowed", true);
    realm.put("rememberMe", false);
    realm.put("bruteForceProtected", true);
    realm.put("permanentLockout", false);
    realm.put("failureFactor", FAILURES_BEFORE_LOCKOUT);
    realm.put("waitIncrementSeconds", 60);
    realm.put("maxFailureWaitSeconds", 900);
    realm.put("maxDeltaTimeSeconds", 43_200);
    realm.put("minimumQuickLoginWaitSeconds", 60);
    realm.put("passwordPolicy", PASSWORD_POLICY);
    // TOTP as every common phone app reads it; a code is good once.
    realm.put("otpPolicyType", "totp");
    realm.put("otpPolicyAlgorithm", "HmacSHA1");
    realm.put("otpPolicyDigits", 6);
    realm.put("otpPolicyPeriod", 30);
    realm.put("otpPolicyLookAheadWindow", 1);
    realm.put("otpPolicyCodeReusable", false);
    realm.put("accessTokenLifespan", 300);
    admin.send("PUT", "", realm);
    if (admin.status("/roles/" + ONE_TIME_PASSWORD_ROLE) == 404) {
      admin.send(
          "POST",
          "/roles",
          Map.of(
              "name",
              ONE_TIME_PASSWORD_ROLE,
              "description",
              "Bắt buộc nhập mã xác thực một lần (OTP) khi đăng nhập"));
    }
    ensureBrowserFlow();
  }

  /**
   * Our browser flow: the session cookie, else username and password, then the one-time password
   * for the role. Built by us rather than copied from Keycloak's, whose sub-flows change between
   * versions; rebuilt when it differs from what it must be.
   */
  private void ensureBrowserFlow() throws IOException, InterruptedException {
    List<String> wanted =
        List.of(
            "0 auth-cookie ALTERNATIVE",
            "0 " + FORMS_FLOW + " ALTERNATIVE",
            "1 auth-username-password-form REQUIRED",
            "1 " + OTP_FLOW + " CONDITIONAL",
            "2 conditional-user-role REQUIRED",
            "2 auth-otp-form REQUIRED");
    if (admin.status("/authentication/flows/" + KeycloakAdmin.encode(BROWSER_FLOW) + "/executions")
        == 200) {
      if (shape().equals(wanted) && roleConditionConfigured()) {
        bind(BROWSER_FLOW);
        return;
      }
      bind("browser");
      String id = flowId(BROWSER_FLOW);
      admin.send("DELETE", "/authentication/flows/" + id, null);
    }
    admin.send(
        "POST",
        "/authentication/flows",
        Map.of(
            "alias",
            BROWSER_FLOW,
            "description",
            "Đăng nhập: mật khẩu, và mã xác thực một lần với vai trò " + ONE_TIME_PASSWORD_ROLE,
            "providerId",
            "basic-flow",
            "topLevel",
            true,
            "builtIn",
            false));
    execution(BROWSER_FLOW, "auth-cookie", "ALTERNATIVE");
    subFlow(BROWSER_FLOW, FORMS_FLOW, "ALTERNATIVE");
    execution(FORMS_FLOW, "auth-username-password-form", "REQUIRED");
    subFlow(FORMS_FLOW, OTP_FLOW, "CONDITIONAL");
    String condition = execution(OTP_FLOW, "conditional-user-role", "REQUIRED");
    admin.send(
        "POST",
        "/authentication/executions/" + condition + "/config",
        Map.of(
            "alias",
            "ubnd-otp-role",
            "config",
            Map.of("condUserRole", ONE_TIME_PASSWORD_ROLE, "negate", "false")));
    execution(OTP_FLOW, "auth-otp-form", "REQUIRED");
    bind(BROWSER_FLOW);
  }

  private List<String> shape() throws IOException, InterruptedException {
    List<String> shape = new ArrayList<>();
    for (JsonNode e : executions(BROWSER_FLOW)) {
      String what =
          e.path("authenticationFlow").asBoolean()
              ? e.path("displayName").asText()
              : e.path("providerId").asText();
      shape.add(e.path("level").asInt() + " " + what + " " + e.path("requirement").asText());
    }
    return shape;
  }

  private boolean roleConditionConfigured() throws IOException, InterruptedException {
    for (JsonNode e : executions(BROWSER_FLOW)) {
      if (e.path("providerId").asText().equals("conditional-user-role")
          && e.hasNonNull("authenticationConfig")) {
        JsonNode config =
            admin.get("/authentication/config/" + e.path("authenticationConfig").asText());
        return config.path("config").path("condUserRole").asText().equals(ONE_TIME_PASSWORD_ROLE)
            && !config.path("config").path("negate").asBoolean();
      }
    }
    return false;
  }

  private JsonNode executions(String flow) throws IOException, InterruptedException {
    return admin.get("/authentication/flows/" + KeycloakAdmin.encode(flow) + "/executions");
  }

  private String flowId(String alias) throws IOException, InterruptedException {
    for (JsonNode flow : admin.get("/authentication/flows")) {
      if (flow.path("alias").asText().equals(alias)) {
        return flow.path("id").asText();
      }
    }
    throw new IllegalStateException("Keycloak has no flow " + alias);
  }

  /** Adds an execution to the flow with its requirement; returns its id. */
  private String execution(String flow, String provider, String requirement)
      throws IOException, InterruptedException {
    admin.send(
        "POST",
        "/authentication/flows/" + KeycloakAdmin.encode(flow) + "/executions/execution",
        Map.of("provider", provider));
    return require(flow, e -> e.path("providerId").asText().equals(provider), requirement);
  }

  private void subFlow(String parent, String alias, String requirement)
      throws IOException, InterruptedException {
    admin.send(
        "POST",
        "/authentication/flows/" + KeycloakAdmin.encode(parent) + "/executions/flow",
        Map.of("alias", alias, "type", "basic-flow", "provider", "registration-page-form"));
    require(parent, e -> e.path("displayName").asText().equals(alias), requirement);
  }

  private String require(String flow, Predicate<JsonNode> which, String requirement)
      throws IOException, InterruptedException {
    for (JsonNode e : executions(flow)) {
      if (which.test(e)) {
        // The whole execution as read, requirement changed: Keycloak also takes its priority.
        ObjectNode changed = ((ObjectNode) e).deepCopy();
        changed.put("requirement", requirement);
        admin.send(
            "PUT", "/authentication/flows/" + KeycloakAdmin.encode(flow) + "/executions", changed);
        return e.path("id").asText();
      }
    }
    throw new IllegalStateException("Keycloak did not add the execution to " + flow);
  }

  private void bind(String flow) throws IOException, InterruptedException {
    admin.send("PUT", "", Map.of("browserFlow", flow));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
