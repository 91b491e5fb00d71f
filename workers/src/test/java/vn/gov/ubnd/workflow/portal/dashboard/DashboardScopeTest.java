package vn.gov.ubnd.workflow.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.accounts.AccountRole;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.CatalogFile;
import vn.gov.ubnd.workflow.portal.Viewer;

/** Whose directives each person's dashboard counts. */
class DashboardScopeTest {

  private static Catalog catalog;

  @BeforeAll
  static void catalog() throws Exception {
    try (InputStream in = DashboardScopeTest.class.getResourceAsStream("/data/catalog.yaml")) {
      catalog = CatalogFile.read(in, "catalog.yaml");
    }
  }

  private static Viewer viewer(AccountRole role, String group) {
    return new Viewer(new Person("x-1", "Nguyễn Văn X"), EnumSet.of(role), Set.of(group));
  }

  @Test
  void theOfficeSeesTheProvince() {
    DashboardScope scope = DashboardScope.of(viewer(AccountRole.OFFICE, "van-phong"), catalog);
    assertThat(scope.leadAgency()).isNull();
    assertThat(scope.leader()).isNull();
    assertThat(scope.description()).isEqualTo("Toàn tỉnh");
  }

  @Test
  void aViceChairSeesTheProvinceWithTheirFieldsFirst() {
    DashboardScope scope =
        DashboardScope.of(viewer(AccountRole.LEADER, "lanh-dao-pct-kt"), catalog);
    assertThat(scope.leadAgency()).isNull();
    assertThat(scope.leader()).isEqualTo("PCT-KT");
    assertThat(scope.description()).startsWith("Toàn tỉnh; các lĩnh vực do Phó Chủ tịch");
  }

  @Test
  void aDepartmentSeesItsOwnDirectivesOnly() {
    DashboardScope scope =
        DashboardScope.of(viewer(AccountRole.DEPARTMENT, "so-tai-chinh"), catalog);
    assertThat(scope.leadAgency()).isEqualTo("STC");
    assertThat(scope.description()).isEqualTo("Nhiệm vụ giao Sở Tài chính");
  }

  @Test
  void aDepartmentAccountOutsideTheCatalogIsToldWhy() {
    assertThatThrownBy(() -> DashboardScope.of(viewer(AccountRole.DEPARTMENT, "nhom-la"), catalog))
        .hasMessageContaining("Tài khoản chưa thuộc cơ quan nào trong danh mục");
  }
}
