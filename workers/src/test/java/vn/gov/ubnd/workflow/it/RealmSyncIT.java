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
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.accounts.RealmDefinition;
import vn.gov.ubnd.workflow.accounts.RealmSync;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.CatalogFile;
import vn.gov.ubnd.workflow.catalog.Department;

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
