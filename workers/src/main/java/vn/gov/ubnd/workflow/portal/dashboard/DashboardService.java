package vn.gov.ubnd.workflow.portal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.councilreport.CouncilFollowUpFigures;
import vn.gov.ubnd.workflow.councilreport.IndexedCouncilFollowUp;
import vn.gov.ubnd.workflow.directives.AgencyRanking;
import vn.gov.ubnd.workflow.directives.DirectiveFilter;
import vn.gov.ubnd.workflow.directives.DirectiveStatistics;
import vn.gov.ubnd.workflow.directives.DirectiveStatisticsSource;
import vn.gov.ubnd.workflow.directives.IndexedAgencyRanking;
import vn.gov.ubnd.workflow.directives.IndexedSourceProgress;
import vn.gov.ubnd.workflow.directives.SourceProgress;
import vn.gov.ubnd.workflow.directives.StatisticsRequest;
import vn.gov.ubnd.workflow.portal.Viewer;

/**
 * The office's dashboard: the statistics of the chosen period as the API gives them, limited to
 * what the person may see, and the month-by-month trend of the year (each month's directives as
 * they stand at its end, or on the chosen day for the current month). All counted by the index.
 */
@Service
class DashboardService {

  private final DirectiveStatisticsSource statistics;
  private final IndexedAgencyRanking ranking;
  private final IndexedSourceProgress sources;
  private final IndexedCouncilFollowUp council;
  private final Clock clock;

  /** The source documents the dashboard shows: those with most directives in the period. */
  private static final int SOURCES_SHOWN = 20;

  private final Catalog catalog;

  public DashboardService(
      DirectiveStatisticsSource statistics,
      IndexedAgencyRanking ranking,
      IndexedSourceProgress sources,
      IndexedCouncilFollowUp council,
      Catalog catalog,
      Clock clock) {
    this.council = council;
    this.clock = clock;
    this.statistics = statistics;
    this.ranking = ranking;
    this.sources = sources;
    this.catalog = catalog;
  }

  /**
   * The dashboard.
   *
   * @param scope whose directives
   * @param statistics the period's statistics (a leader's own rows first)
   * @param trend the year's months up to the day
   * @param councilFollowUp petitions and commitments as they stand today, within the scope
   */
  public record Dashboard(
      DashboardScope scope,
      DirectiveStatistics statistics,
      List<Month> trend,
      List<AgencyRanking.RankedAgency> ranking,
      List<SourceProgress> bySourceDocument,
      List<CouncilFollowUpFigures> councilFollowUp) {}

  /**
   * One month of the trend.
   *
   * @param month "03/2026"
   * @param assigned directives assigned in the month
   * @param done completed by its end
   * @param inProgress open, not overdue
   * @param overdue open and overdue
   * @param withdrawn withdrawn
   */
  public record Month(
      String month, int assigned, int done, int inProgress, int overdue, int withdrawn) {}

  public Dashboard dashboard(Viewer viewer, StatisticsRequest request) {
    DashboardScope scope = DashboardScope.of(viewer, catalog);
    DirectiveStatistics period =
        statistics.statistics(
            request.from(),
            request.to(),
            request.asOf(),
            request.overdueLimit(),
            DirectiveFilter.agency(scope.leadAgency()));
    List<AgencyRanking.RankedAgency> ranked =
        ranking.ranking(request.from(), request.to(), request.asOf());
    if (scope.leadAgency() != null) { // a department sees its own line and rank only
      ranked = ranked.stream().filter(r -> r.figures().code().equals(scope.leadAgency())).toList();
    }
    return new Dashboard(
        scope,
        ownFirst(period, scope.leader()),
        trend(request.asOf(), scope),
        ranked,
        sources.progressOfPeriod(
            request.from(), request.to(), request.asOf(), scope.leadAgency(), SOURCES_SHOWN),
        council.figures(LocalDate.now(clock), scope.leadAgency()));
  }

  private List<Month> trend(LocalDate asOf, DashboardScope scope) {
    List<Month> months = new ArrayList<>();
    for (int m = 1; m <= asOf.getMonthValue(); m++) {
      YearMonth month = YearMonth.of(asOf.getYear(), m);
      LocalDate end = month.atEndOfMonth().isAfter(asOf) ? asOf : month.atEndOfMonth();
      DirectiveStatistics counts =
          statistics.statistics(
              month.atDay(1), end, end, 0, DirectiveFilter.agency(scope.leadAgency()));
      months.add(
          new Month(
              String.format("%02d/%d", m, month.getYear()),
              counts.assigned(),
              counts.completedOnTime() + counts.completedLate(),
              counts.inProgressWithinDeadline() + counts.inProgressWithoutDeadline(),
              counts.overdue(),
              counts.withdrawn()));
    }
    return months;
  }

  private static DirectiveStatistics ownFirst(DirectiveStatistics statistics, String leader) {
    if (leader == null) {
      return statistics;
    }
    List<DirectiveStatistics.GroupCounts> leaders = new ArrayList<>(statistics.byLeader());
    leaders.sort((a, b) -> Boolean.compare(!leader.equals(a.code()), !leader.equals(b.code())));
    return new DirectiveStatistics(
        statistics.from(),
        statistics.to(),
        statistics.asOf(),
        statistics.assigned(),
        statistics.completedOnTime(),
        statistics.completedLate(),
        statistics.inProgressWithinDeadline(),
        statistics.inProgressWithoutDeadline(),
        statistics.overdue(),
        statistics.withdrawn(),
        statistics.summary(),
        statistics.byAgency(),
        leaders,
        statistics.oldestOverdue());
  }
}
