package vn.gov.ubnd.workflow.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings a Keycloak realm in line with the catalog through Keycloak's admin REST API, at every run
 * whatever the realm held before: creates the realm when missing; applies its rules (sign-in pages,
 * lockout, password policy, one-time passwords: {@link RealmRules}) and its clients ({@link
 * RealmClients}); adds the groups a catalog change brings and renames a group whose candidate group
 * changed (found by its catalog key, so its members stay), each with its roles; on the local stack
 * creates one sample person per group ({@link SamplePeople}). It never deletes a group or a person:
 * leaving the catalog is reported, not enforced.
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

  /** The realm role the sign-in asks a one-time password of. */
  public static final String ONE_TIME_PASSWORD_ROLE = RealmRules.ONE_TIME_PASSWORD_ROLE;

  private static final String KEY_ATTRIBUTE = "catalogKey";

  /**
   * Where and what.
   *
   * @param keycloak the server, e.g. http://127.0.0.1:8181
   * @param realm the realm to keep, e.g. ubnd
   * @param adminUser an administrator of the master realm
   * @param adminPassword its password, from the environment
   * @param portalUrl where the staff portal runs, for its redirect addresses
   * @param local the local stack: sample people, password login for tests, short-lived tokens, and
   *     no one-time password asked of the sample leaders (the tests sign them in by password)
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
  private final KeycloakAdmin admin;

  public RealmSync(Settings settings) {
    this.settings = settings;
    this.admin = new KeycloakAdmin(settings.keycloak(), settings.realm());
  }

  public Outcome sync(RealmDefinition definition) throws IOException, InterruptedException {
    admin.signIn(settings.adminUser(), settings.adminPassword());
    boolean created = ensureRealm();
    new RealmRules(admin).apply(definition.realmDisplayName());
    for (AccountRole role : AccountRole.values()) {
      if (admin.status("/roles/" + role.roleName()) == 404) {
        admin.send("POST", "/roles", Map.of("name", role.roleName(), "description", role.label()));
      }
    }
    new RealmClients(admin, settings).apply();
    List<String> added = new ArrayList<>();
    List<String> renamed = new ArrayList<>();
    Map<String, JsonNode> byKey = new HashMap<>();
    Map<String, JsonNode> byName = new HashMap<>();
    for (JsonNode group : admin.get("/groups?briefRepresentation=false&max=10000")) {
      byName.put(group.path("name").asText(), group);
      JsonNode key = group.path("attributes").path(KEY_ATTRIBUTE);
      if (key.isArray() && !key.isEmpty()) {
        byKey.put(key.get(0).asText(), group);
      }
    }
    List<String> notInCatalog = new ArrayList<>(byName.keySet());
    JsonNode oneTimePasswordRole = admin.get("/roles/" + ONE_TIME_PASSWORD_ROLE);
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
        id = KeycloakAdmin.idOf(admin.send("POST", "/groups", representation));
        added.add(wanted.name());
      } else {
        id = existing.path("id").asText();
        if (!existing.path("name").asText().equals(wanted.name())) {
          renamed.add(existing.path("name").asText() + " → " + wanted.name());
        }
        admin.send("PUT", "/groups/" + id, representation);
        notInCatalog.remove(existing.path("name").asText());
      }
      List<JsonNode> roles = new ArrayList<>();
      for (AccountRole role : wanted.roles()) {
        roles.add(admin.get("/roles/" + role.roleName()));
      }
      admin.send("POST", "/groups/" + id + "/role-mappings/realm", roles);
      // Outside the local stack the catalog's roles sign in with a one-time password too; a role
      // taken off the list takes the requirement off its groups.
      boolean oneTimePassword =
          !settings.local()
              && wanted.roles().stream().anyMatch(definition.oneTimePasswordRoles()::contains);
      admin.send(
          oneTimePassword ? "POST" : "DELETE",
          "/groups/" + id + "/role-mappings/realm",
          List.of(oneTimePasswordRole));
    }
    List<SamplePerson> people =
        settings.local() ? new SamplePeople(admin).ensure(definition) : List.of();
    return new Outcome(created, added, renamed, notInCatalog, people);
  }

  private boolean ensureRealm() throws IOException, InterruptedException {
    if (admin.realm().statusCode() == 200) {
      return false;
    }
    Map<String, Object> representation = new LinkedHashMap<>();
    representation.put("realm", settings.realm());
    representation.put("enabled", true);
    admin.createRealm(representation);
    return true;
  }
}
