package vn.gov.ubnd.workflow.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings a Keycloak realm in line with the catalog through Keycloak's admin REST API: creates the
 * realm, its roles and clients when missing, adds the groups a catalog change brings, renames a
 * group whose candidate group changed (found by its catalog key, so its members stay), and on the
 * local stack creates one sample person per group with a generated password. It never deletes a
 * group or a person: leaving the catalog is reported, not enforced.
 *
 * <p>Size: one conversation with Keycloak's admin API (realm, roles, clients, groups, sample
 * people), each step a few requests; split, they would share the session and its error handling.
 */
public final class RealmSync {

  /** The API the portal and the tools call, as the audience of their tokens. */
  public static final String API_CLIENT = "ubnd-workers";

  /** Staff sign in through this public client (authorization code with PKCE). */
  public static final String PORTAL_CLIENT = "ubnd-portal";

  /** Local stack only: tokens that expire after one second, for the expired-token test. */
  public static final String SHORT_LIVED_CLIENT = "ubnd-short-lived";

  /** Prometheus: client credentials, role monitoring, tokens for this API. */
  public static final String MONITORING_CLIENT = "ubnd-monitoring";

  private static final String KEY_ATTRIBUTE = "catalogKey";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Where and what.
   *
   * @param keycloak the server, e.g. http://127.0.0.1:8181
   * @param realm the realm to keep, e.g. ubnd
   * @param adminUser an administrator of the master realm
   * @param adminPassword its password, from the environment
   * @param portalUrl where the staff portal runs, for its redirect addresses
   * @param local the local stack: sample people, password login for tests, short-lived tokens
   * @param monitoringSecret the secret of the metrics scraper's client ({@value
   *     #MONITORING_CLIENT}), from the environment; null: no such client is kept
   */
  public record Settings(
      URI keycloak,
      String realm,
      String adminUser,
      String adminPassword,
      String portalUrl,
      boolean local,
      String monitoringSecret) {}

  /** A person created by this run, with the password generated for them. */
  public record SamplePerson(String username, String password, String fullName, String group) {}

  /** What a run changed. */
  public record Outcome(
      boolean realmCreated,
      List<String> groupsAdded,
      List<String> groupsRenamed,
      List<String> groupsNotInCatalog,
      List<SamplePerson> peopleAdded) {}

  private final Settings settings;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final SecureRandom random = new SecureRandom();
  private String token;

  public RealmSync(Settings settings) {
    this.settings = settings;
  }

  public Outcome sync(RealmDefinition definition) throws IOException, InterruptedException {
    token = adminToken();
    boolean created = ensureRealm();
    for (AccountRole role : AccountRole.values()) {
      ensureRole(role);
    }
    ensureClients();
    List<String> added = new ArrayList<>();
    List<String> renamed = new ArrayList<>();
    Map<String, JsonNode> byKey = new HashMap<>();
    Map<String, JsonNode> byName = new HashMap<>();
    for (JsonNode group : get("/groups?briefRepresentation=false&max=10000")) {
      byName.put(group.path("name").asText(), group);
      JsonNode key = group.path("attributes").path(KEY_ATTRIBUTE);
      if (key.isArray() && !key.isEmpty()) {
        byKey.put(key.get(0).asText(), group);
      }
    }
    List<String> notInCatalog = new ArrayList<>(byName.keySet());
    for (RealmDefinition.Group wanted : definition.groups()) {
      JsonNode existing = byKey.getOrDefault(wanted.key(), byName.get(wanted.name()));
      Map<String, Object> representation = new LinkedHashMap<>();
      representation.put("name", wanted.name());
      representation.put(
          "attributes",
          Map.of(
              KEY_ATTRIBUTE, List.of(wanted.key()), "displayName", List.of(wanted.displayName())));
      String id;
      if (existing == null) {
        id = idOf(send("POST", "/groups", representation));
        added.add(wanted.name());
      } else {
        id = existing.path("id").asText();
        if (!existing.path("name").asText().equals(wanted.name())) {
          renamed.add(existing.path("name").asText() + " → " + wanted.name());
        }
        send("PUT", "/groups/" + id, representation);
        notInCatalog.remove(existing.path("name").asText());
      }
      List<JsonNode> roles = new ArrayList<>();
      for (AccountRole role : wanted.roles()) {
        roles.add(get("/roles/" + role.roleName()));
      }
      send("POST", "/groups/" + id + "/role-mappings/realm", roles);
    }
    List<SamplePerson> people = settings.local() ? samplePeople(definition) : List.of();
    return new Outcome(created, added, renamed, notInCatalog, people);
  }

  private boolean ensureRealm() throws IOException, InterruptedException {
    HttpResponse<String> realm = request("GET", "/admin/realms/" + settings.realm(), null);
    if (realm.statusCode() == 200) {
      return false;
    }
    Map<String, Object> representation = new LinkedHashMap<>();
    representation.put("realm", settings.realm());
    representation.put("enabled", true);
    representation.put("displayName", "UBND tỉnh");
    representation.put("internationalizationEnabled", true);
    representation.put("supportedLocales", List.of("vi", "en"));
    representation.put("defaultLocale", "vi");
    representation.put("bruteForceProtected", true);
    representation.put("passwordPolicy", "length(12)");
    representation.put("accessTokenLifespan", 300);
    check(request("POST", "/admin/realms", representation), "POST /admin/realms");
    return true;
  }

  private void ensureRole(AccountRole role) throws IOException, InterruptedException {
    if (request("GET", realmPath("/roles/" + role.roleName()), null).statusCode() == 404) {
      send("POST", "/roles", Map.of("name", role.roleName(), "description", role.label()));
    }
  }

  private void ensureClients() throws IOException, InterruptedException {
    ensureClient(
        Map.of(
            "clientId", API_CLIENT,
            "name", "Ứng dụng xử lý quy trình (API)",
            "publicClient", false,
            "standardFlowEnabled", false,
            "directAccessGrantsEnabled", false,
            "serviceAccountsEnabled", false));
    Map<String, Object> portal = userClient(PORTAL_CLIENT, "Cổng cán bộ");
    portal.put(
        "redirectUris",
        settings.local()
            ? List.of(settings.portalUrl() + "/*", "http://127.0.0.1:8090/*")
            : List.of(settings.portalUrl() + "/*"));
    portal.put("webOrigins", List.of());
    // Signing out of the portal ends the Keycloak session and comes back to the portal ("+": the
    // redirect addresses above).
    portal.put(
        "attributes",
        Map.of("pkce.code.challenge.method", "S256", "post.logout.redirect.uris", "+"));
    ensureClient(portal);
    if (settings.monitoringSecret() != null) {
      ensureMonitoringClient();
    }
    if (settings.local()) {
      Map<String, Object> shortLived = userClient(SHORT_LIVED_CLIENT, "Kiểm thử: token hết hạn");
      shortLived.put("standardFlowEnabled", false);
      shortLived.put("attributes", Map.of("access.token.lifespan", "1"));
      ensureClient(shortLived);
    }
  }

  /**
   * The metrics scraper signs in with client credentials (Prometheus's oauth2 scrape setting); its
   * service account holds the monitoring role only. The secret is the environment's, set again at
   * every run, so that rotating it is changing the variable and running the sync.
   */
  private void ensureMonitoringClient() throws IOException, InterruptedException {
    Map<String, Object> client = new LinkedHashMap<>();
    client.put("clientId", MONITORING_CLIENT);
    client.put("name", "Thu thập số đo vận hành (Prometheus)");
    client.put("publicClient", false);
    client.put("standardFlowEnabled", false);
    client.put("directAccessGrantsEnabled", false);
    client.put("serviceAccountsEnabled", true);
    client.put("secret", settings.monitoringSecret());
    client.put("protocolMappers", List.of(audienceMapper()));
    ensureClient(client);
    String id =
        get("/clients?clientId=" + URLEncoder.encode(MONITORING_CLIENT, StandardCharsets.UTF_8))
            .get(0)
            .path("id")
            .asText();
    send("PUT", "/clients/" + id, client);
    String account = get("/clients/" + id + "/service-account-user").path("id").asText();
    send(
        "POST",
        "/users/" + account + "/role-mappings/realm",
        List.of(get("/roles/" + AccountRole.MONITORING.roleName())));
  }

  private static Map<String, Object> audienceMapper() {
    return Map.of(
        "name",
        "audience " + API_CLIENT,
        "protocol",
        "openid-connect",
        "protocolMapper",
        "oidc-audience-mapper",
        "config",
        Map.of(
            "included.client.audience", API_CLIENT,
            "access.token.claim", "true",
            "id.token.claim", "false"));
  }

  private Map<String, Object> userClient(String clientId, String name) {
    Map<String, Object> client = new LinkedHashMap<>();
    client.put("clientId", clientId);
    client.put("name", name);
    client.put("publicClient", true);
    client.put("standardFlowEnabled", true);
    // Password login only on the local stack, where the tests sign in as the sample people.
    client.put("directAccessGrantsEnabled", settings.local());
    client.put("attributes", Map.of("pkce.code.challenge.method", "S256"));
    client.put(
        "protocolMappers",
        List.of(
            Map.of(
                "name", "groups",
                "protocol", "openid-connect",
                "protocolMapper", "oidc-group-membership-mapper",
                "config",
                    Map.of(
                        "claim.name", "groups",
                        "full.path", "false",
                        "access.token.claim", "true",
                        "id.token.claim", "true",
                        "userinfo.token.claim", "true")),
            audienceMapper()));
    return client;
  }

  private void ensureClient(Map<String, Object> client) throws IOException, InterruptedException {
    JsonNode found =
        get(
            "/clients?clientId="
                + URLEncoder.encode((String) client.get("clientId"), StandardCharsets.UTF_8));
    if (found.isEmpty()) {
      send("POST", "/clients", client);
    }
  }

  private List<SamplePerson> samplePeople(RealmDefinition definition)
      throws IOException, InterruptedException {
    List<SamplePerson> added = new ArrayList<>();
    int n = 0;
    for (RealmDefinition.Group group : definition.groups()) {
      String username = group.name() + "-1";
      String[] name = SampleNames.of(n++);
      JsonNode existing =
          get("/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
      if (!existing.isEmpty()) {
        continue;
      }
      String password = password();
      Map<String, Object> user = new LinkedHashMap<>();
      user.put("username", username);
      user.put("firstName", name[1]);
      user.put("lastName", name[0]);
      user.put("email", username + "@ubnd.example");
      user.put("emailVerified", true);
      user.put("enabled", true);
      user.put("groups", List.of("/" + group.name()));
      user.put(
          "credentials",
          List.of(Map.of("type", "password", "value", password, "temporary", false)));
      send("POST", "/users", user);
      added.add(new SamplePerson(username, password, name[0] + " " + name[1], group.name()));
    }
    return added;
  }

  private String password() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return password.toString();
  }

  // ---- the admin API ------------------------------------------------------------------------

  private String adminToken() throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + URLEncoder.encode(settings.adminUser(), StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(settings.adminPassword(), StandardCharsets.UTF_8);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    settings.keycloak().resolve("/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    check(response, "admin token");
    return JSON.readTree(response.body()).path("access_token").asText();
  }

  private String realmPath(String path) {
    return "/admin/realms/" + settings.realm() + path;
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = request("GET", realmPath(path), null);
    check(response, "GET " + path);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> send(String method, String path, Object body)
      throws IOException, InterruptedException {
    HttpResponse<String> response = request(method, realmPath(path), body);
    check(response, method + " " + path);
    return response;
  }

  private HttpResponse<String> request(String method, String path, Object body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(settings.keycloak().resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String idOf(HttpResponse<String> created) {
    String location = created.headers().firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private static void check(HttpResponse<String> response, String what) {
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          "Keycloak refused " + what + ": HTTP " + response.statusCode() + " " + response.body());
    }
  }
}
