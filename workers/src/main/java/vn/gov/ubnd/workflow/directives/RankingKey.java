package vn.gov.ubnd.workflow.directives;

import java.util.Comparator;

/** One criterion of the agencies' ranking, the better agency first. */
public enum RankingKey {
  /** Completed on time, as a share of the base: higher is better. */
  ON_TIME_RATE(Comparator.comparing(AgencyRanking::onTimeRate, Comparator.reverseOrder())),
  /** Open and past the deadline now: fewer is better. */
  OVERDUE_NOW(Comparator.comparingInt(AgencyFigures::overdue)),
  /** Overdue now, as a share of the base: lower is better. */
  OVERDUE_RATE(Comparator.comparing(AgencyRanking::overdueRate)),
  /** Average working days past the deadline of the overdue ones: fewer is better. */
  AVERAGE_WORKING_DAYS_OVERDUE(Comparator.comparing(AgencyRanking::averageWorkingDaysOverdue)),
  /** Completed after the deadline: fewer is better. */
  COMPLETED_LATE(Comparator.comparingInt(AgencyFigures::completedLate));

  private final Comparator<AgencyFigures> better;

  RankingKey(Comparator<AgencyFigures> better) {
    this.better = better;
  }

  Comparator<AgencyFigures> better() {
    return better;
  }
}
