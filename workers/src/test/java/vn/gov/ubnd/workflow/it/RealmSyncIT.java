package vn.gov.ubnd.workflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.accounts.RealmDefinition;
import vn.gov.ubnd.workflow.accounts.RealmSync;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.CatalogFile;
import vn.gov.ubnd.workflow.catalog.Department;
import vn.gov.ubnd.workflow.catalog.SignIn;
import vn.gov.ubnd.workflow.it.support.Accounts;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.it.support.RealStackTest;

/**
 * The realm follows the catalog on the real Keycloak, in a realm of its own: a department whose
 * candidate group is renamed keeps its group's members, a new department adds a group, one that
 * left the catalog is reported and kept, and a second run changes nothing.
 */
class RealmSyncIT extends RealStackTest {

  @Test
  void aCatalogChangeAddsAndRenamesGroupsWithoutLosingPeople() throws Exception {
    String realm = "ubnd-dong-bo-" + Long.toString(System.nanoTime(), 36);
    String password =
        Files.readString(LocalStack.home().resolve("data/secrets/keycloak-admin")).trim();
    RealmSync sync =
        new RealmSync(
            new RealmSync.Settings(
                URI.create(Accounts.KEYCLOAK),
                realm,
                "admin",
                password,
                "http://localhost:8090",
                true,
                null));
    Catalog catalog;
    try (InputStream in = getClass().getResourceAsStream("/data/catalog.yaml")) {
      catalog = CatalogFile.read(in, "catalog.yaml");
    }
    try {
      RealmSync.Outcome first = sync.sync(new RealmDefinition(catalog));
      assertThat(first.realmCreated()).isTrue();
      assertThat(first.groupsAdded()).contains("so-tai-chinh", "van-phong", "quan-ly-van-hanh");
      assertThat(first.peopleAdded())
          .extracting(RealmSync.SamplePerson::username)
          .contains("so-tai-chinh-1");

      // The catalog changes: STC's candidate group is renamed, a department is added, one leaves.
      List<Department> departments = new ArrayList<>();
      for (Department d : catalog.departments()) {
        if (d.code().equals("STC")) {
          departments.add(
              new Department(
                  d.code(),
                  d.name(),
                  "so-tai-chinh-ngan-sach",
                  d.headTitle(),
                  d.headName(),
                  d.email()));
        } else if (!d.code().equals("SYT")) {
          departments.add(d);
        }
      }
      departments.add(
          new Department(
              "SDL",
              "Sở Du lịch",
              "so-du-lich",
              "Giám đốc Sở Du lịch",
              "Nguyễn Văn B",
              "sdl@example.gov.vn"));
      Catalog changed =
          new Catalog(catalog.province(), catalog.office(), departments, catalog.leaders());
      RealmSync.Outcome second = sync.sync(new RealmDefinition(changed));
      assertThat(second.realmCreated()).isFalse();
      assertThat(second.groupsAdded()).containsExactly("so-du-lich");
      assertThat(second.groupsRenamed()).containsExactly("so-tai-chinh → so-tai-chinh-ngan-sach");
      assertThat(second.groupsNotInCatalog()).containsExactly("so-y-te");

      // The finance person is still there, now in the renamed group, and keeps the role.
      String admin = Accounts.adminToken();
      JsonNode user =
          admin(admin, "/admin/realms/" + realm + "/users?exact=true&username=so-tai-chinh-1")
              .get(0);
      JsonNode groups =
          admin(admin, "/admin/realms/" + realm + "/users/" + user.path("id").asText() + "/groups");
      assertThat(groups.get(0).path("name").asText()).isEqualTo("so-tai-chinh-ngan-sach");
      assertThat(admin(admin, "/admin/realms/" + realm + "/users?exact=true&username=so-y-te-1"))
          .hasSize(1);

      RealmSync.Outcome third = sync.sync(new RealmDefinition(changed));
      assertThat(third.groupsAdded()).isEmpty();
      assertThat(third.groupsRenamed()).isEmpty();
    } finally {
      HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(Accounts.KEYCLOAK + "/admin/realms/" + realm))
                  .header("Authorization", "Bearer " + Accounts.adminToken())
                  .DELETE()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
    }
  }

  /**
   * A realm someone set up by hand with weak settings is corrected by one run outside the local
   * stack: lockout, password policy, Vietnamese-only sign-in pages, the browser flow asking the
   * leaders and the office's chief for a one-time password, exact redirect addresses, no password
   * grant, no account console; a role taken off the catalog's list takes the requirement off.
   */
  @Test
  void aWeakRealmIsBroughtInLineAtTheNextRun() throws Exception {
    String realm = "ubnd-yeu-" + Long.toString(System.nanoTime(), 36);
    String admin = Accounts.adminToken();
    Map<String, Object> weak = new LinkedHashMap<>();
    weak.put("realm", realm);
    weak.put("enabled", true);
    weak.put("bruteForceProtected", false);
    weak.put("failureFactor", 30);
    weak.put("passwordPolicy", "length(8)");
    weak.put("internationalizationEnabled", true);
    weak.put("supportedLocales", List.of("en", "vi"));
    weak.put("defaultLocale", "en");
    weak.put(
        "clients",
        List.of(
            Map.of(
                "clientId",
                RealmSync.PORTAL_CLIENT,
                "publicClient",
                true,
                "directAccessGrantsEnabled",
                true,
                "redirectUris",
                List.of("*"))));
    assertThat(Accounts.send(Accounts.KEYCLOAK + "/admin/realms", admin, "POST", weak).statusCode())
        .isEqualTo(201);
    Catalog catalog;
    try (InputStream in = getClass().getResourceAsStream("/data/catalog.yaml")) {
      catalog = CatalogFile.read(in, "catalog.yaml");
    }
    RealmSync production =
        new RealmSync(
            new RealmSync.Settings(
                URI.create(Accounts.KEYCLOAK),
                realm,
                "admin",
                Files.readString(LocalStack.home().resolve("data/secrets/keycloak-admin")).trim(),
                "https://congviec.ubnd.example",
                false,
                null));
    try {
      RealmSync.Outcome outcome = production.sync(new RealmDefinition(catalog));
      assertThat(outcome.realmCreated()).isFalse();
      assertThat(outcome.peopleAdded()).isEmpty();

      JsonNode settings = admin(admin, "/admin/realms/" + realm);
      assertThat(settings.path("bruteForceProtected").asBoolean()).isTrue();
      assertThat(settings.path("failureFactor").asInt()).isEqualTo(5);
      assertThat(settings.path("permanentLockout").asBoolean()).isFalse();
      assertThat(settings.path("waitIncrementSeconds").asInt()).isEqualTo(60);
      assertThat(settings.path("maxFailureWaitSeconds").asInt()).isEqualTo(900);
      assertThat(settings.path("passwordPolicy").asText())
          .contains("length(12)", "digits(1)", "specialChars(1)", "notUsername", "notEmail")
          .contains("passwordHistory(5)");
      assertThat(settings.path("supportedLocales")).hasSize(1);
      assertThat(settings.path("supportedLocales").get(0).asText()).isEqualTo("vi");
      assertThat(settings.path("defaultLocale").asText()).isEqualTo("vi");
      assertThat(settings.path("loginTheme").asText()).isEqualTo("ubnd");
      assertThat(settings.path("emailTheme").asText()).isEqualTo("ubnd");
      assertThat(settings.path("displayName").asText()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI");
      assertThat(settings.path("browserFlow").asText()).isEqualTo("ubnd-browser");

      JsonNode portal =
          admin(admin, "/admin/realms/" + realm + "/clients?clientId=" + RealmSync.PORTAL_CLIENT)
              .get(0);
      assertThat(portal.path("directAccessGrantsEnabled").asBoolean()).isFalse();
      // Back-channel, not front-channel: with both on, Keycloak never calls the portal.
      assertThat(portal.path("frontchannelLogout").asBoolean()).isFalse();
      assertThat(portal.path("redirectUris"))
          .extracting(JsonNode::asText)
          .containsExactly("https://congviec.ubnd.example/login/oauth2/code/keycloak");
      assertThat(portal.path("attributes").path("backchannel.logout.url").asText())
          .isEqualTo("https://congviec.ubnd.example/logout/connect/back-channel/keycloak");
      assertThat(
              admin(admin, "/admin/realms/" + realm + "/clients?clientId=account-console")
                  .get(0)
                  .path("enabled")
                  .asBoolean())
          .isFalse();
      assertThat(admin(admin, "/admin/realms/" + realm + "/clients?clientId=ubnd-short-lived"))
          .isEmpty();

      // The chair's and the office chief's groups carry the one-time password; a department not.
      assertThat(realmRoles(admin, realm, "lanh-dao-ct"))
          .contains(RealmSync.ONE_TIME_PASSWORD_ROLE);
      assertThat(realmRoles(admin, realm, "lanh-dao-van-phong"))
          .contains(RealmSync.ONE_TIME_PASSWORD_ROLE);
      assertThat(realmRoles(admin, realm, "so-tai-chinh"))
          .doesNotContain(RealmSync.ONE_TIME_PASSWORD_ROLE);

      // The province lists the office's chief only: the leaders' groups lose the requirement.
      Catalog chiefOnly =
          new Catalog(
              catalog.province(),
              catalog.office(),
              catalog.departments(),
              catalog.leaders(),
              new SignIn(List.of("office-chief")));
      production.sync(new RealmDefinition(chiefOnly));
      assertThat(realmRoles(admin, realm, "lanh-dao-ct"))
          .doesNotContain(RealmSync.ONE_TIME_PASSWORD_ROLE);
      assertThat(realmRoles(admin, realm, "lanh-dao-van-phong"))
          .contains(RealmSync.ONE_TIME_PASSWORD_ROLE);
    } finally {
      Accounts.send(Accounts.KEYCLOAK + "/admin/realms/" + realm, admin, "DELETE", null);
    }
  }

  private static List<String> realmRoles(String token, String realm, String group)
      throws Exception {
    String id =
        admin(token, "/admin/realms/" + realm + "/groups?exact=true&search=" + group)
            .get(0)
            .path("id")
            .asText();
    List<String> names = new ArrayList<>();
    for (JsonNode role :
        admin(token, "/admin/realms/" + realm + "/groups/" + id + "/role-mappings/realm")) {
      names.add(role.path("name").asText());
    }
    return names;
  }

  private static JsonNode admin(String token, String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Accounts.KEYCLOAK + path))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
