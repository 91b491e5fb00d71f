package vn.gov.ubnd.workflow.directives;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.search.SearchClient;

/**
 * The agencies' figures for the ranking, counted by the index in one request: per agency the states
 * as the statistics count them, and the overdue ones' deadlines by day, from which their working
 * days overdue are summed exactly (as many buckets as distinct deadline days, not directives).
 */
@Component
public class IndexedAgencyRanking implements AgencyFiguresSource {

  private static final int MAX_AGENCIES = 5_000;
  private static final int MAX_DEADLINE_DAYS = 10_000;

  private final SearchClient search;
  private final ObjectMapper json;
  private final IndexedDirectiveStatistics statistics;
  private final WorkingDayCalendar calendar;
  private final RankingProperties rule;

  public IndexedAgencyRanking(
      SearchClient search,
      ObjectMapper json,
      IndexedDirectiveStatistics statistics,
      WorkingDayCalendar calendar,
      RankingProperties rule) {
    this.search = search;
    this.json = json;
    this.statistics = statistics;
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
    ObjectNode body = statistics.request(0);
    IndexedDirectiveStatistics.assignedBetween(body, from, lastAssigned);
    IndexedDirectiveStatistics.directivesOnly(body);
    ObjectNode byAgency = json.createObjectNode();
    byAgency.putObject("terms").put("field", "leadAgency").put("size", MAX_AGENCIES);
    ObjectNode aggs = byAgency.putObject("aggs");
    aggs.set("name", statistics.names("leadAgencyName.raw", 1));
    aggs.set("states", statistics.statesAggregation(asOf));
    ObjectNode overdue = json.createObjectNode();
    overdue.set("filter", statistics.overdueQuery(asOf));
    overdue
        .putObject("aggs")
        .putObject("deadlines")
        .putObject("terms")
        .put("field", "deadline")
        .put("size", MAX_DEADLINE_DAYS);
    aggs.set("overdue", overdue);
    body.putObject("aggs").set("byAgency", byAgency);
    JsonNode answer = search.search(IndexedDirectiveStore.DIRECTIVES, body).orElse(null);
    if (answer == null) {
      return figures;
    }
    for (JsonNode agency : answer.path("aggregations").path("byAgency").path("buckets")) {
      Map<DirectiveState, Integer> c =
          IndexedDirectiveStatistics.counts(agency.path("states"), asOf);
      long days = 0;
      JsonNode deadlines = agency.path("overdue").path("deadlines");
      if (deadlines.path("sum_other_doc_count").asLong() > 0) {
        throw new IllegalStateException(
            "more than " + MAX_DEADLINE_DAYS + " distinct overdue deadlines in one agency");
      }
      for (JsonNode day : deadlines.path("buckets")) {
        LocalDate deadline = LocalDate.parse(day.path("key_as_string").asText().substring(0, 10));
        days += (long) day.path("doc_count").asInt() * calendar.workingDaysBetween(deadline, asOf);
      }
      JsonNode names = agency.path("name").path("buckets");
      figures.add(
          new AgencyFigures(
              agency.path("key").asText(),
              names.isEmpty() ? agency.path("key").asText() : names.get(0).path("key").asText(),
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
