package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.search.Aggregated;
import vn.gov.ubnd.workflow.search.Aggregation;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.search.SearchRequest;

/**
 * The agencies' figures for the ranking, counted by the index in one request: per agency the states
 * as the statistics count them, and the overdue ones' deadlines by day, from which their working
 * days overdue are summed exactly (as many groups as distinct deadline days, not directives).
 */
@Component
public class IndexedAgencyRanking implements AgencyFiguresSource {

  private static final int MAX_AGENCIES = 5_000;
  private static final int MAX_DEADLINE_DAYS = 10_000;

  private final SearchClient search;
  private final WorkingDayCalendar calendar;
  private final RankingProperties rule;

  public IndexedAgencyRanking(
      SearchClient search, WorkingDayCalendar calendar, RankingProperties rule) {
    this.search = search;
    this.calendar = calendar;
    this.rule = rule;
  }

  /** The ranking of the agencies for the directives assigned in the period, as of the day. */
  public List<AgencyRanking.RankedAgency> ranking(LocalDate from, LocalDate to, LocalDate asOf) {
    return AgencyRanking.rank(figures(from, to, asOf), rule.order(), rule.minimumBase());
  }

  @Override
  public List<AgencyFigures> figures(LocalDate from, LocalDate to, LocalDate asOf) {
    search.ensureIndexFromResource(IndexedDirectiveStore.DIRECTIVES, "search/directives.json");
    LocalDate lastAssigned = to.isBefore(asOf) ? to : asOf;
    List<AgencyFigures> figures = new ArrayList<>();
    if (from.isAfter(lastAssigned)) {
      return figures;
    }
    Aggregation byAgency =
        Aggregation.terms("leadAgency", MAX_AGENCIES)
            .with("name", DirectiveQueries.names("leadAgencyName.raw", 1))
            .with("states", DirectiveQueries.states(asOf))
            .with(
                "overdue",
                Aggregation.filter(DirectiveQueries.overdue(asOf))
                    .with("deadlines", Aggregation.terms("deadline", MAX_DEADLINE_DAYS)));
    SearchRequest request =
        SearchRequest.counting(DirectiveQueries.period(from, lastAssigned, DirectiveFilter.ALL))
            .aggregate("byAgency", byAgency);
    for (Aggregated agency :
        search.search(IndexedDirectiveStore.DIRECTIVES, request).aggregation("byAgency").groups()) {
      Map<DirectiveState, Integer> c = DirectiveQueries.counts(agency.get("states"));
      long days = 0;
      for (Aggregated day : agency.get("overdue").get("deadlines").allGroups("overdue deadlines")) {
        days += (long) day.count() * calendar.workingDaysBetween(day.day(), asOf);
      }
      List<Aggregated> names = agency.get("name").groups();
      figures.add(
          new AgencyFigures(
              agency.key(),
              names.isEmpty() ? agency.key() : names.get(0).key(),
              c.values().stream().mapToInt(Integer::intValue).sum(),
              c.get(DirectiveState.COMPLETED_ON_TIME),
              c.get(DirectiveState.COMPLETED_LATE),
              c.get(DirectiveState.IN_PROGRESS) + c.get(DirectiveState.IN_PROGRESS_NO_DEADLINE),
              c.get(DirectiveState.OVERDUE),
              c.get(DirectiveState.WITHDRAWN),
              days));
    }
    return figures;
  }
}
