package vn.gov.ubnd.workflow.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.CatalogFile;

/** The realm the sample catalog implies: a group per candidate group, each with its roles. */
class RealmDefinitionTest {

  @Test
  void everyCandidateGroupIsAGroupWithItsRoles() throws Exception {
    Catalog catalog;
    try (InputStream in = getClass().getResourceAsStream("/data/catalog.yaml")) {
      catalog = CatalogFile.read(in, "catalog.yaml");
    }
    Map<String, RealmDefinition.Group> groups =
        new RealmDefinition(catalog)
            .groups().stream().collect(Collectors.toMap(RealmDefinition.Group::name, g -> g));
    assertThat(groups).hasSize(catalog.departments().size() + catalog.leaders().size() + 3);
    assertThat(groups.get("van-phong").roles()).containsExactly(AccountRole.OFFICE);
    assertThat(groups.get("lanh-dao-van-phong").roles())
        .containsExactly(AccountRole.OFFICE, AccountRole.OFFICE_CHIEF);
    assertThat(groups.get("lanh-dao-ct").roles())
        .containsExactly(AccountRole.LEADER, AccountRole.CHAIR);
    assertThat(groups.get("lanh-dao-pct-kt").roles()).containsExactly(AccountRole.LEADER);
    assertThat(groups.get("so-tai-chinh").roles()).containsExactly(AccountRole.DEPARTMENT);
    assertThat(groups.get("so-tai-chinh").key()).isEqualTo("department:STC");
    assertThat(groups.get("so-tai-chinh").displayName()).isEqualTo("Sở Tài chính");
    assertThat(groups.get(RealmDefinition.MANAGERS_GROUP).roles())
        .containsExactly(AccountRole.MANAGER);
    for (var d : catalog.departments()) {
      assertThat(groups).containsKey(d.candidateGroup());
    }
  }

  @Test
  void roleNamesAreThoseOfTheTokens() {
    assertThat(AccountRole.OFFICE_CHIEF.roleName()).isEqualTo("office-chief");
    assertThat(AccountRole.MANAGER.roleName()).isEqualTo("manager");
  }
}
