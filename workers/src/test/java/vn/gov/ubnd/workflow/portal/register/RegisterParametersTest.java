package vn.gov.ubnd.workflow.portal.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.CatalogFile;
import vn.gov.ubnd.workflow.directives.RegisterCriteria;
import vn.gov.ubnd.workflow.directives.RegisterCriteria.RegisterOrder;
import vn.gov.ubnd.workflow.directives.RegisterState;
import vn.gov.ubnd.workflow.portal.PortalRefusal;

class RegisterParametersTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-12-02");
  private static Catalog catalog;

  @BeforeAll
  static void readCatalog() throws Exception {
    try (InputStream in = RegisterParametersTest.class.getResourceAsStream("/data/catalog.yaml")) {
      catalog = CatalogFile.read(in, "catalog.yaml");
    }
  }

  private static RegisterCriteria criteria(String... pairs) {
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      params.put(pairs[i], pairs[i + 1]);
    }
    return RegisterParameters.criteria(params, catalog, TODAY);
  }

  @Test
  void nothingAskedIsEverythingByDeadlineAsOfToday() {
    RegisterCriteria all = criteria();
    assertThat(all.words()).isNull();
    assertThat(all.state()).isNull();
    assertThat(all.asOf()).isEqualTo(TODAY);
    assertThat(all.order()).isEqualTo(RegisterOrder.DEADLINE);
  }

  @Test
  void wordsRankByRelevanceUnlessAnOrderIsChosen() {
    assertThat(criteria("q", " giai ngan ").words()).isEqualTo("giai ngan");
    assertThat(criteria("q", "giai ngan").order()).isEqualTo(RegisterOrder.RELEVANCE);
    assertThat(criteria("q", "giai ngan", "order", "number").order())
        .isEqualTo(RegisterOrder.NUMBER);
  }

  @Test
  void datesAreReadAsTheOfficeWritesThemOrAsTheBrowserSendsThem() {
    RegisterCriteria c =
        criteria(
            "deadlineFrom", "01/05/2026",
            "deadlineTo", "2026-05-31",
            "state", "overdue",
            "asOf", "30/06/2026",
            "workProgramme", "true");
    assertThat(c.deadlineFrom()).isEqualTo(LocalDate.parse("2026-05-01"));
    assertThat(c.deadlineTo()).isEqualTo(LocalDate.parse("2026-05-31"));
    assertThat(c.state()).isEqualTo(RegisterState.OVERDUE);
    assertThat(c.asOf()).isEqualTo(LocalDate.parse("2026-06-30"));
    assertThat(c.workProgrammeOnly()).isTrue();
    assertThat(c.centralGovernmentOnly()).isFalse();
  }

  @Test
  void everyWrongParameterIsNamedAtOnce() {
    assertThatThrownBy(
            () ->
                criteria(
                    "leader", "PCT-XX",
                    "deadlineFrom", "2026-06-01",
                    "deadlineTo", "2026-05-01",
                    "asOf", "hôm nay",
                    "order", "ngẫu nhiên"))
        .isInstanceOf(PortalRefusal.class)
        .hasMessageContaining("«Lãnh đạo phụ trách» \"PCT-XX\" không có trong danh mục")
        .hasMessageContaining("«Thời hạn từ ngày» (01/06/2026) sau «Thời hạn đến ngày»")
        .hasMessageContaining("«Tính đến ngày» \"hôm nay\" không phải là ngày")
        .hasMessageContaining("«Sắp xếp theo» \"ngẫu nhiên\" không có")
        .extracting(e -> ((PortalRefusal) e).status())
        .isEqualTo(400);
  }

  @Test
  void aPageHoldsOneToTwoHundredRows() {
    assertThat(RegisterParameters.size(Map.of())).isEqualTo(50);
    assertThat(RegisterParameters.size(Map.of("size", "200"))).isEqualTo(200);
    for (String wrong : new String[] {"0", "201", "mười"}) {
      assertThatThrownBy(() -> RegisterParameters.size(Map.of("size", wrong)))
          .hasMessageContaining("từ 1 đến 200");
    }
  }
}
