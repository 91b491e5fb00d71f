package vn.gov.ubnd.workflow.directives;

import java.util.Comparator;

/** One criterion of the agencies' ranking, the better agency first. */
public enum RankingKey {
  /** Completed on time, as a share of the base: higher is better. */
  ON_TIME_RATE(
      "tỷ lệ hoàn thành đúng hạn",
      Comparator.comparing(AgencyRanking::onTimeRate, Comparator.reverseOrder())),
  /** Open and past the deadline now: fewer is better. */
  OVERDUE_NOW("số nhiệm vụ quá hạn", Comparator.comparingInt(AgencyFigures::overdue)),
  /** Overdue now, as a share of the base: lower is better. */
  OVERDUE_RATE("tỷ lệ nhiệm vụ quá hạn", Comparator.comparing(AgencyRanking::overdueRate)),
  /** Average working days past the deadline of the overdue ones: fewer is better. */
  AVERAGE_WORKING_DAYS_OVERDUE(
      "số ngày làm việc quá hạn bình quân",
      Comparator.comparing(AgencyRanking::averageWorkingDaysOverdue)),
  /** Completed after the deadline: fewer is better. */
  COMPLETED_LATE(
      "số nhiệm vụ hoàn thành quá hạn", Comparator.comparingInt(AgencyFigures::completedLate));

  private final String label;
  private final Comparator<AgencyFigures> better;

  RankingKey(String label, Comparator<AgencyFigures> better) {
    this.label = label;
    this.better = better;
  }

  /** The criterion in words, for the report's sentence. */
  public String label() {
    return label;
  }

  Comparator<AgencyFigures> better() {
    return better;
  }
}
