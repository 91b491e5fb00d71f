package vn.gov.ubnd.workflow.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The realm's clients as they must be, created or updated at every run (a client changed by hand is
 * brought back): the API's audience, the portal's public client with exact redirect addresses, the
 * metrics scraper's; on the local stack only, password grants for the tests and a client with
 * one-second tokens. Keycloak's account console is switched off: people change their password
 * through the portal (Keycloak's own update-password page, in the theme's Vietnamese).
 */
final class RealmClients {

  private final KeycloakAdmin admin;
  private final RealmSync.Settings settings;

  RealmClients(KeycloakAdmin admin, RealmSync.Settings settings) {
    this.admin = admin;
    this.settings = settings;
  }

  void apply() throws IOException, InterruptedException {
    Map<String, Object> api = new LinkedHashMap<>();
    api.put("clientId", RealmSync.API_CLIENT);
    api.put("name", "Ứng dụng xử lý quy trình (API)");
    api.put("publicClient", false);
    api.put("standardFlowEnabled", false);
    api.put("directAccessGrantsEnabled", false);
    api.put("serviceAccountsEnabled", false);
    put(api);

    Map<String, Object> portal = userClient(RealmSync.PORTAL_CLIENT, "Cổng cán bộ");
    List<String> bases =
        settings.local()
            ? List.of(settings.portalUrl(), "http://127.0.0.1:8090")
            : List.of(settings.portalUrl());
    // Exactly where the portal's sign-in comes back and where signing out lands: no wildcard.
    portal.put("redirectUris", bases.stream().map(b -> b + "/login/oauth2/code/keycloak").toList());
    portal.put("webOrigins", List.of());
    // Keycloak tells the portal, server to server, when a person's session ends there.
    portal.put("frontchannelLogout", false);
    portal.put(
        "attributes",
        Map.of(
            "pkce.code.challenge.method",
            "S256",
            "post.logout.redirect.uris",
            String.join("##", bases.stream().map(b -> b + "/portal/").toList()),
            "backchannel.logout.url",
            settings.portalUrl() + "/logout/connect/back-channel/keycloak",
            "backchannel.logout.session.required",
            "true",
            "backchannel.logout.revoke.offline.tokens",
            "true"));
    put(portal);

    if (settings.monitoringSecret() != null) {
      monitoringClient();
    }
    if (settings.local()) {
      Map<String, Object> shortLived =
          userClient(RealmSync.SHORT_LIVED_CLIENT, "Kiểm thử: token hết hạn");
      shortLived.put("standardFlowEnabled", false);
      shortLived.put("attributes", Map.of("access.token.lifespan", "1"));
      put(shortLived);
    }
    JsonNode accountConsole = admin.get("/clients?clientId=account-console");
    if (!accountConsole.isEmpty() && accountConsole.get(0).path("enabled").asBoolean()) {
      admin.send(
          "PUT",
          "/clients/" + accountConsole.get(0).path("id").asText(),
          Map.of("clientId", "account-console", "enabled", false));
    }
  }

  /**
   * The metrics scraper signs in with client credentials (Prometheus's oauth2 scrape setting); its
   * service account holds the monitoring role only. The secret is the environment's, set again at
   * every run, so that rotating it is changing the variable and running the sync.
   */
  private void monitoringClient() throws IOException, InterruptedException {
    Map<String, Object> client = new LinkedHashMap<>();
    client.put("clientId", RealmSync.MONITORING_CLIENT);
    client.put("name", "Thu thập số đo vận hành (Prometheus)");
    client.put("publicClient", false);
    client.put("standardFlowEnabled", false);
    client.put("directAccessGrantsEnabled", false);
    client.put("serviceAccountsEnabled", true);
    client.put("secret", settings.monitoringSecret());
    client.put("protocolMappers", List.of(audienceMapper()));
    String id = put(client);
    String account = admin.get("/clients/" + id + "/service-account-user").path("id").asText();
    admin.send(
        "POST",
        "/users/" + account + "/role-mappings/realm",
        List.of(admin.get("/roles/" + AccountRole.MONITORING.roleName())));
  }

  private static Map<String, Object> audienceMapper() {
    return Map.of(
        "name",
        "audience " + RealmSync.API_CLIENT,
        "protocol",
        "openid-connect",
        "protocolMapper",
        "oidc-audience-mapper",
        "config",
        Map.of(
            "included.client.audience", RealmSync.API_CLIENT,
            "access.token.claim", "true",
            "id.token.claim", "false"));
  }

  private Map<String, Object> userClient(String clientId, String name) {
    Map<String, Object> client = new LinkedHashMap<>();
    client.put("clientId", clientId);
    client.put("name", name);
    client.put("publicClient", true);
    client.put("standardFlowEnabled", true);
    client.put("implicitFlowEnabled", false);
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

  /**
   * Creates the client, or updates it to the representation; its protocol mappers likewise (an
   * update of the client leaves them alone). Returns the client's id.
   */
  @SuppressWarnings("unchecked")
  private String put(Map<String, Object> client) throws IOException, InterruptedException {
    String clientId = (String) client.get("clientId");
    JsonNode found = admin.get("/clients?clientId=" + KeycloakAdmin.encode(clientId));
    if (found.isEmpty()) {
      return KeycloakAdmin.idOf(admin.send("POST", "/clients", client));
    }
    String id = found.get(0).path("id").asText();
    // The whole client as Keycloak holds it, ours laid over: a partial update lets Keycloak fill
    // what it leaves out with defaults (front-channel logout came back on that way).
    ObjectNode update = (ObjectNode) admin.get("/clients/" + id);
    ObjectMapper json = new ObjectMapper();
    for (Map.Entry<String, Object> field : client.entrySet()) {
      if (field.getKey().equals("protocolMappers")) {
        continue;
      }
      if (field.getKey().equals("attributes")) {
        ObjectNode attributes = update.with("attributes");
        ((Map<String, Object>) field.getValue())
            .forEach((k, v) -> attributes.put(k, String.valueOf(v)));
      } else {
        update.set(field.getKey(), json.valueToTree(field.getValue()));
      }
    }
    update.put("enabled", true);
    update.remove("protocolMappers");
    admin.send("PUT", "/clients/" + id, update);
    List<Map<String, Object>> mappers =
        (List<Map<String, Object>>) client.getOrDefault("protocolMappers", List.of());
    JsonNode existing = admin.get("/clients/" + id + "/protocol-mappers/models");
    for (Map<String, Object> mapper : mappers) {
      JsonNode same = null;
      for (JsonNode m : existing) {
        if (m.path("name").asText().equals(mapper.get("name"))) {
          same = m;
        }
      }
      if (same == null) {
        admin.send("POST", "/clients/" + id + "/protocol-mappers/models", mapper);
      } else {
        Map<String, Object> changed = new LinkedHashMap<>(mapper);
        changed.put("id", same.path("id").asText());
        admin.send(
            "PUT",
            "/clients/" + id + "/protocol-mappers/models/" + same.path("id").asText(),
            changed);
      }
    }
    return id;
  }
}
