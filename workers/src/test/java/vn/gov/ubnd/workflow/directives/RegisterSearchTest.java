package vn.gov.ubnd.workflow.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.directives.RegisterCriteria.RegisterOrder;
import vn.gov.ubnd.workflow.search.Sort;
import vn.gov.ubnd.workflow.testing.TestDirective;

class RegisterSearchTest {

  private static RegisterCriteria words(String words, RegisterOrder order) {
    return RegisterCriteria.everything(LocalDate.parse("2026-06-30"), order).withWords(words);
  }

  @Test
  void anAgencyIsLimitedToWhatItLeadsOrCoordinates() {
    String query = RegisterSearch.query(words(null, RegisterOrder.DEADLINE), "STC").toString();
    assertThat(query)
        .contains("{\"term\":{\"leadAgency\":\"STC\"}}")
        .contains("{\"term\":{\"coordinatingAgencies\":\"STC\"}}")
        .contains("\"minimum_should_match\":1");
    assertThat(RegisterSearch.query(words(null, RegisterOrder.DEADLINE), null).toString())
        .isEqualTo("{\"match_all\":{}}");
  }

  @Test
  void everyOrderEndsWithTheNumberSoThatPagesNeitherSkipNorRepeat() {
    for (RegisterOrder order : RegisterOrder.values()) {
      for (String words : new String[] {null, "giai ngan"}) {
        var keys = RegisterSearch.order(words(words, order));
        assertThat(keys.getLast()).isEqualTo(Sort.ascending("directiveId"));
      }
    }
    assertThat(RegisterSearch.order(words("giai ngan", RegisterOrder.RELEVANCE)).getFirst())
        .isEqualTo(Sort.descending(Sort.RELEVANCE));
    // Without words there is nothing to rank by: the deadline instead.
    assertThat(RegisterSearch.order(words(null, RegisterOrder.RELEVANCE)).getFirst())
        .isEqualTo(Sort.ascending("deadline"));
  }

  @Test
  void theStateAsOfADayIsTheCalculatorsRuleAsAQuery() {
    LocalDate day = LocalDate.parse("2026-06-30");
    assertThat(RegisterState.OVERDUE.query(day).toString())
        .contains("\"withdrawnOn\":{\"lte\":\"2026-06-30\"}")
        .contains("\"completedOn\":{\"lte\":\"2026-06-30\"}")
        .contains("\"deadline\":{\"lt\":\"2026-06-30\"}");
    assertThat(RegisterState.COMPLETED_LATE.query(day).toString())
        .contains("{\"term\":{\"completedOnTime\":false}}");
    // Each directive's state as of the day is one of the six the statistics count.
    Directive late =
        TestDirective.of("1/UBND").deadline(LocalDate.parse("2026-06-01")).inProgress();
    assertThat(RegisterState.of(late, day)).isEqualTo(RegisterState.OVERDUE);
    assertThat(RegisterState.of(late, LocalDate.parse("2026-06-01")))
        .isEqualTo(RegisterState.IN_PROGRESS);
  }
}
