package vn.gov.ubnd.workflow.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyRankingTest {

  private static final List<RankingKey> DEFAULT =
      List.of(
          RankingKey.ON_TIME_RATE, RankingKey.OVERDUE_NOW, RankingKey.AVERAGE_WORKING_DAYS_OVERDUE);

  /** assigned, on time, late, in progress, overdue, withdrawn, working days overdue summed. */
  private static AgencyFigures agency(String code, int... n) {
    return new AgencyFigures(code, "Sở " + code, n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
  }

  private static List<String> order(List<AgencyRanking.RankedAgency> ranked) {
    return ranked.stream().map(r -> r.figures().code() + ":" + r.rank()).toList();
  }

  @Test
  void theOnTimeRateDecidesThenFewerOverdueThenFewerDaysOverdue() {
    var ranked =
        AgencyRanking.rank(
            List.of(
                agency("A", 10, 5, 0, 5, 0, 0, 0), // 50,0%
                agency("B", 10, 9, 0, 1, 0, 0, 0), // 90,0%
                agency("C", 10, 5, 0, 3, 2, 0, 4), // 50,0%, 2 overdue
                agency("D", 10, 5, 0, 4, 1, 0, 9), // 50,0%, 1 overdue
                agency("E", 10, 5, 0, 4, 1, 0, 3)), // 50,0%, 1 overdue, fewer days
            DEFAULT,
            1);
    assertThat(order(ranked)).containsExactly("B:1", "A:2", "E:3", "D:4", "C:5");
    assertThat(ranked.get(0).onTimeRateText()).isEqualTo("90,0%");
    assertThat(ranked.get(4).averageWorkingDaysOverdueText()).isEqualTo("2");
    assertThat(ranked.get(3).averageWorkingDaysOverdueText()).isEqualTo("9");
  }

  @Test
  void agenciesEqualOnEveryCriterionShareTheirRankAndTheNextOneSkips() {
    var ranked =
        AgencyRanking.rank(
            List.of(
                agency("A", 4, 4, 0, 0, 0, 0, 0),
                agency("B", 8, 6, 0, 2, 0, 0, 0), // 75,0%
                agency("C", 4, 3, 0, 1, 0, 0, 0), // 75,0%
                agency("D", 4, 1, 0, 3, 0, 0, 0)),
            DEFAULT,
            1);
    assertThat(order(ranked)).containsExactly("A:1", "B:2", "C:2", "D:4");
  }

  @Test
  void theWithdrawnStayOutsideTheBaseAndASmallBaseIsListedUnranked() {
    var ranked =
        AgencyRanking.rank(
            List.of(
                agency("A", 12, 9, 1, 0, 0, 2, 0), // base 10, 90,0%
                agency("B", 3, 3, 0, 0, 0, 0, 0), // 100% but a base of 3
                agency("C", 2, 0, 0, 0, 0, 2, 0)), // everything withdrawn
            DEFAULT,
            5);
    assertThat(order(ranked)).containsExactly("A:1", "B:null", "C:null");
    assertThat(ranked.get(0).onTimeRateText()).isEqualTo("90,0%");
    assertThat(ranked.get(2).onTimeRateText()).isEqualTo("—");
  }

  @Test
  void theRuleIsTheConfigurationsOrder() {
    List<AgencyFigures> agencies =
        List.of(agency("A", 10, 9, 0, 0, 1, 0, 30), agency("B", 10, 6, 0, 4, 0, 0, 0));
    assertThat(order(AgencyRanking.rank(agencies, DEFAULT, 1))).containsExactly("A:1", "B:2");
    assertThat(order(AgencyRanking.rank(agencies, List.of(RankingKey.OVERDUE_NOW), 1)))
        .containsExactly("B:1", "A:2");
    assertThat(
            order(
                AgencyRanking.rank(agencies, List.of(RankingKey.AVERAGE_WORKING_DAYS_OVERDUE), 1)))
        .containsExactly("B:1", "A:2");
  }

  @Test
  void ratesAreRoundedToATenthHalfUp() {
    var ranked = AgencyRanking.rank(List.of(agency("A", 3, 2, 0, 1, 0, 0, 0)), DEFAULT, 1);
    assertThat(ranked.get(0).onTimeRateText()).isEqualTo("66,7%");
    var average = AgencyRanking.rank(List.of(agency("B", 3, 0, 0, 0, 3, 0, 10)), DEFAULT, 1);
    assertThat(average.get(0).averageWorkingDaysOverdueText()).isEqualTo("3,3");
  }
}
