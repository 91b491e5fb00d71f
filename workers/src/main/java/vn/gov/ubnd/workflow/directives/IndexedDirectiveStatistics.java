package vn.gov.ubnd.workflow.directives;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.directives.DirectiveStatisticsCalculator.State;
import vn.gov.ubnd.workflow.search.SearchClient;

/**
 * The statistics counted by the index in one request: per agency and per leader (terms buckets), a
 * filter per state as of the day (the rules of {@link DirectiveStatisticsCalculator#stateAsOf},
 * written as queries), the totals summed from the agencies (every directive has one), and the
 * oldest overdue directives as the request's hits (sorted, bounded). Nothing but the counts and the
 * listed directives reaches the application, whatever the number of directives.
 */
@Component
public class IndexedDirectiveStatistics implements DirectiveStatisticsSource {

  /** More agencies or leaders than a province has; buckets beyond it are reported in the log. */
  private static final int MAX_GROUPS = 5_000;

  private final SearchClient search;
  private final ObjectMapper json;
  private final DirectiveStatisticsCalculator calculator;

  public IndexedDirectiveStatistics(
      SearchClient search, ObjectMapper json, WorkingDayCalendar calendar) {
    this.search = search;
    this.json = json;
    this.calculator = new DirectiveStatisticsCalculator(calendar);
  }

  @Override
  public DirectiveStatistics statistics(
      LocalDate from, LocalDate to, LocalDate asOf, int overdueLimit) {
    search.ensureIndexFromResource(IndexedDirectiveStore.DIRECTIVES, "search/directives.json");
    LocalDate lastAssigned = to.isBefore(asOf) ? to : asOf;
    if (from.isAfter(lastAssigned)) {
      return DirectiveStatisticsCalculator.assemble(
          from, to, asOf, counts(null), List.of(), List.of(), List.of());
    }
    ObjectNode body = json.createObjectNode();
    body.put("size", overdueLimit);
    body.put("track_total_hits", false);
    body.putObject("query")
        .putObject("range")
        .putObject("assignedOn")
        .put("gte", from.toString())
        .put("lte", lastAssigned.toString());
    // Hits: the oldest overdue only; post_filter leaves the aggregations over the whole period.
    body.set("post_filter", stateQuery(State.OVERDUE, asOf));
    ArrayNode sort = body.putArray("sort");
    sort.addObject().put("deadline", "asc");
    sort.addObject().put("directiveId", "asc");
    ObjectNode aggs = body.putObject("aggs");
    // The totals are the sums of the agencies' counts: every directive has one lead agency.
    aggs.set("byAgency", groupAggregation("leadAgency", "leadAgencyName", asOf));
    aggs.set("byLeader", groupAggregation("leaderInCharge", "leaderName", asOf));

    JsonNode answer = search.search(IndexedDirectiveStore.DIRECTIVES, body).orElse(null);
    if (answer == null) { // no directive indexed yet
      return DirectiveStatisticsCalculator.assemble(
          from, to, asOf, counts(null), List.of(), List.of(), List.of());
    }
    JsonNode aggregations = answer.path("aggregations");
    List<DirectiveStatistics.OverdueDirective> oldest = new ArrayList<>();
    for (JsonNode hit : answer.path("hits").path("hits")) {
      oldest.add(calculator.overdueDirective(directive(hit.path("_source")), asOf));
    }
    Map<State, Integer> totals = counts(null);
    for (JsonNode bucket : aggregations.path("byAgency").path("buckets")) {
      counts(bucket.path("states").path("buckets"))
          .forEach((s, n) -> totals.merge(s, n, Integer::sum));
    }
    return DirectiveStatisticsCalculator.assemble(
        from,
        to,
        asOf,
        totals,
        groups(aggregations.path("byAgency"), "leadAgencyName"),
        groups(aggregations.path("byLeader"), "leaderName"),
        oldest);
  }

  /** One bucket per state; together they count every directive of the period once. */
  private ObjectNode statesAggregation(LocalDate asOf) {
    ObjectNode aggregation = json.createObjectNode();
    ObjectNode filters = aggregation.putObject("filters").putObject("filters");
    for (State state : State.values()) {
      filters.set(state.name(), stateQuery(state, asOf));
    }
    return aggregation;
  }

  private ObjectNode groupAggregation(String codeField, String nameField, LocalDate asOf) {
    ObjectNode aggregation = json.createObjectNode();
    ObjectNode terms = aggregation.putObject("terms");
    terms.put("field", codeField);
    terms.put("size", MAX_GROUPS);
    terms.putObject("order").put("_key", "asc");
    ObjectNode sub = aggregation.putObject("aggs");
    sub.set("states", statesAggregation(asOf));
    // The name printed: the one most of the group's directives carry, first by name on a tie.
    ObjectNode name = sub.putObject("name").putObject("terms");
    name.put("field", nameField + ".raw");
    name.put("size", 1);
    ArrayNode order = name.putArray("order");
    order.addObject().put("_count", "desc");
    order.addObject().put("_key", "asc");
    return aggregation;
  }

  /** The rule of {@link DirectiveStatisticsCalculator#stateAsOf} for one state, as a query. */
  ObjectNode stateQuery(State state, LocalDate asOf) {
    ObjectNode query = json.createObjectNode();
    ObjectNode bool = query.putObject("bool");
    ArrayNode filter = bool.putArray("filter");
    switch (state) {
      case WITHDRAWN -> filter.addAll(withdrawnBy(asOf));
      case COMPLETED_ON_TIME, COMPLETED_LATE -> {
        bool.putArray("must_not").add(clause(withdrawnBy(asOf)));
        filter.addAll(completedBy(asOf));
        filter
            .addObject()
            .putObject("term")
            .put("completedOnTime", state == State.COMPLETED_ON_TIME);
      }
      default -> {
        ArrayNode mustNot = bool.putArray("must_not");
        mustNot.add(clause(withdrawnBy(asOf)));
        mustNot.add(clause(completedBy(asOf)));
        switch (state) {
          case IN_PROGRESS_NO_DEADLINE ->
              mustNot.addObject().putObject("exists").put("field", "deadline");
          case OVERDUE ->
              filter
                  .addObject()
                  .putObject("range")
                  .putObject("deadline")
                  .put("lt", asOf.toString());
          case IN_PROGRESS ->
              filter
                  .addObject()
                  .putObject("range")
                  .putObject("deadline")
                  .put("gte", asOf.toString());
          default -> throw new IllegalStateException("unhandled state " + state);
        }
      }
    }
    return query;
  }

  private ArrayNode withdrawnBy(LocalDate asOf) {
    ArrayNode clauses = json.createArrayNode();
    clauses.addObject().putObject("term").put("status", Directive.Status.WITHDRAWN.name());
    clauses.addObject().putObject("range").putObject("withdrawnOn").put("lte", asOf.toString());
    return clauses;
  }

  private ArrayNode completedBy(LocalDate asOf) {
    ArrayNode clauses = json.createArrayNode();
    clauses.addObject().putObject("term").put("status", Directive.Status.COMPLETED.name());
    clauses.addObject().putObject("range").putObject("completedOn").put("lte", asOf.toString());
    return clauses;
  }

  private ObjectNode clause(ArrayNode allOf) {
    ObjectNode query = json.createObjectNode();
    query.putObject("bool").set("filter", allOf);
    return query;
  }

  private static Map<State, Integer> counts(JsonNode buckets) {
    Map<State, Integer> counts = new EnumMap<>(State.class);
    for (State state : State.values()) {
      counts.put(state, buckets == null ? 0 : buckets.path(state.name()).path("doc_count").asInt());
    }
    return counts;
  }

  private List<DirectiveStatistics.GroupCounts> groups(JsonNode aggregation, String nameField) {
    if (aggregation.path("sum_other_doc_count").asLong() > 0) {
      // Sums would be short: refuse rather than print wrong figures.
      throw new IllegalStateException(
          "more than " + MAX_GROUPS + " agencies or leaders: raise MAX_GROUPS");
    }
    List<DirectiveStatistics.GroupCounts> groups = new ArrayList<>();
    for (JsonNode bucket : aggregation.path("buckets")) {
      String name = bucket.path("name").path("buckets").path(0).path("key").asText(null);
      groups.add(
          DirectiveStatisticsCalculator.group(
              bucket.path("key").asText(), name, counts(bucket.path("states").path("buckets"))));
    }
    return groups;
  }

  private Directive directive(JsonNode source) {
    try {
      return json.treeToValue(source, Directive.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable directive in the index: " + e.getMessage(), e);
    }
  }
}
