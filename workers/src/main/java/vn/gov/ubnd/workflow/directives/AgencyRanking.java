package vn.gov.ubnd.workflow.directives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * The ranking rule: agencies ordered by the configured criteria; equal on all of them, equal rank
 * (1, 2, 2, 4); an agency below the minimum base is listed after the ranked ones, without a rank.
 */
public final class AgencyRanking {

  private AgencyRanking() {}

  /**
   * One agency's line of the ranking.
   *
   * @param rank its rank, or null when its base is below the minimum
   * @param onTimeRateText "91,7%", or "—" for an empty base
   * @param averageWorkingDaysOverdueText "3,5", or "0" with none overdue
   */
  public record RankedAgency(
      Integer rank,
      AgencyFigures figures,
      BigDecimal onTimeRate,
      String onTimeRateText,
      BigDecimal averageWorkingDaysOverdue,
      String averageWorkingDaysOverdueText) {}

  public static List<RankedAgency> rank(
      List<AgencyFigures> agencies, List<RankingKey> order, int minimumBase) {
    Comparator<AgencyFigures> rule = (a, b) -> 0;
    for (RankingKey key : order) {
      rule = rule.thenComparing(key.better());
    }
    Comparator<AgencyFigures> rankingRule = rule;
    List<AgencyFigures> ranked =
        agencies.stream()
            .filter(a -> a.base() >= Math.max(1, minimumBase))
            .sorted(rankingRule.thenComparing(AgencyFigures::name))
            .toList();
    List<RankedAgency> lines = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      AgencyFigures a = ranked.get(i);
      int rank =
          i > 0 && rankingRule.compare(ranked.get(i - 1), a) == 0 ? lines.get(i - 1).rank() : i + 1;
      lines.add(line(rank, a));
    }
    agencies.stream()
        .filter(a -> a.base() < Math.max(1, minimumBase))
        .sorted(Comparator.comparing(AgencyFigures::name))
        .forEach(a -> lines.add(line(null, a)));
    return lines;
  }

  private static RankedAgency line(Integer rank, AgencyFigures a) {
    BigDecimal rate = a.base() == 0 ? null : onTimeRate(a);
    BigDecimal average = averageWorkingDaysOverdue(a);
    return new RankedAgency(
        rank,
        a,
        rate,
        rate == null ? "—" : OfficeInput.percent(rate),
        average,
        OfficeInput.decimal(average.stripTrailingZeros()));
  }

  /** Completed on time per hundred of the base, to a tenth (0 for an empty base). */
  static BigDecimal onTimeRate(AgencyFigures a) {
    return percent(a.completedOnTime(), a.base());
  }

  static BigDecimal overdueRate(AgencyFigures a) {
    return percent(a.overdue(), a.base());
  }

  private static BigDecimal percent(int count, int base) {
    return base == 0
        ? BigDecimal.ZERO.setScale(1)
        : BigDecimal.valueOf(count * 100L)
            .divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
  }

  /** The overdue ones' working days past their deadlines, on average, to a tenth. */
  static BigDecimal averageWorkingDaysOverdue(AgencyFigures a) {
    return a.overdue() == 0
        ? BigDecimal.ZERO.setScale(1)
        : BigDecimal.valueOf(a.workingDaysOverdue())
            .divide(BigDecimal.valueOf(a.overdue()), 1, RoundingMode.HALF_UP);
  }
}
