package vn.gov.ubnd.workflow.directives;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.search.SearchClient;

/**
 * The statistics counted by the index in one request: per agency and per leader (terms buckets), a
 * filter per state as of the day (the rules of {@link DirectiveState#of}, written as queries), the
 * totals summed from the agencies (every directive has one), and the oldest overdue directives as
 * the request's hits (sorted, bounded). Nothing but the counts and the listed directives reaches
 * the application, whatever the number of directives.
 *
 * <p>Size: one aggregation request and the decoding of its answer belong together; the calculator
 * is the same rules in Java.
 */
@Component
public class IndexedDirectiveStatistics implements DirectiveStatisticsSource {

  /** More agencies or leaders than a province has; buckets beyond it are reported in the log. */
  private static final int MAX_GROUPS = 5_000;

  private final SearchClient search;
  private final ObjectMapper json;
  private final WorkingDayCalendar calendar;

  public IndexedDirectiveStatistics(
      SearchClient search, ObjectMapper json, WorkingDayCalendar calendar) {
    this.search = search;
    this.json = json;
    this.calendar = calendar;
  }

  @Override
  public DirectiveStatistics statistics(
      LocalDate from, LocalDate to, LocalDate asOf, int overdueLimit, DirectiveFilter filter) {
    search.ensureIndexFromResource(IndexedDirectiveStore.DIRECTIVES, "search/directives.json");
    LocalDate lastAssigned = to.isBefore(asOf) ? to : asOf;
    if (from.isAfter(lastAssigned)) {
      return DirectiveStatisticsAssembly.assemble(
          from, to, asOf, DirectiveState.zero(), List.of(), List.of(), List.of());
    }
    ObjectNode body = request(overdueLimit);
    filtered(assignedBetween(body, from, lastAssigned), filter);
    directivesOnly(body);
    // Hits: the oldest overdue only; post_filter leaves the aggregations over the whole period.
    body.set("post_filter", overdueQuery(asOf));
    ArrayNode sort = body.putArray("sort");
    sort.addObject().put("deadline", "asc");
    sort.addObject().put("directiveId", "asc");
    body.putObject("aggs").set("byAgency", agencyLeaderAggregation(asOf));

    JsonNode answer = search.search(IndexedDirectiveStore.DIRECTIVES, body).orElse(null);
    if (answer == null) { // no directive indexed yet
      return DirectiveStatisticsAssembly.assemble(
          from, to, asOf, DirectiveState.zero(), List.of(), List.of(), List.of());
    }
    List<DirectiveStatistics.OverdueDirective> oldest = new ArrayList<>();
    for (JsonNode hit : answer.path("hits").path("hits")) {
      oldest.add(
          DirectiveStatisticsAssembly.overdueDirective(
              search.read(hit.path("_source"), Directive.class), asOf, calendar));
    }
    JsonNode agencies = answer.path("aggregations").path("byAgency");
    requireAll(agencies);
    Map<DirectiveState, Integer> totals = DirectiveState.zero();
    Map<String, Group> byAgency = new TreeMap<>();
    Map<String, Group> byLeader = new TreeMap<>();
    for (JsonNode agency : agencies.path("buckets")) {
      Group agencyGroup = byAgency.computeIfAbsent(agency.path("key").asText(), k -> new Group());
      agencyGroup.names(agency.path("name"));
      requireAll(agency.path("byLeader"));
      for (JsonNode leader : agency.path("byLeader").path("buckets")) {
        Map<DirectiveState, Integer> counts = counts(leader.path("states"), asOf);
        Group leaderGroup = byLeader.computeIfAbsent(leader.path("key").asText(), k -> new Group());
        leaderGroup.names(leader.path("name"));
        agencyGroup.add(counts);
        leaderGroup.add(counts);
        counts.forEach((state, n) -> totals.merge(state, n, Integer::sum));
      }
    }
    return DirectiveStatisticsAssembly.assemble(
        from, to, asOf, totals, groups(byAgency), groups(byLeader), oldest);
  }

  /** More source documents than a province gives tasks from in a year; beyond it, refused. */
  private static final int MAX_SOURCE_DOCUMENTS = 10_000;

  @Override
  public int sourceDocuments(LocalDate from, LocalDate to, LocalDate asOf, DirectiveFilter filter) {
    search.ensureIndexFromResource(IndexedDirectiveStore.DIRECTIVES, "search/directives.json");
    LocalDate lastAssigned = to.isBefore(asOf) ? to : asOf;
    if (from.isAfter(lastAssigned)) {
      return 0;
    }
    ObjectNode body = request(0);
    filtered(assignedBetween(body, from, lastAssigned), filter);
    directivesOnly(body);
    // Counted as buckets, exactly (a cardinality aggregation would only estimate).
    body.putObject("aggs")
        .putObject("documents")
        .putObject("terms")
        .put("field", "sourceDocument.number")
        .put("size", MAX_SOURCE_DOCUMENTS);
    JsonNode answer = search.search(IndexedDirectiveStore.DIRECTIVES, body).orElse(null);
    if (answer == null) {
      return 0;
    }
    JsonNode documents = answer.path("aggregations").path("documents");
    if (documents.path("sum_other_doc_count").asLong() > 0) {
      throw new IllegalStateException(
          "more than " + MAX_SOURCE_DOCUMENTS + " source documents in the period");
    }
    return documents.path("buckets").size();
  }

  /**
   * One pass over the period's directives: terms buckets per agency, within them per leader (the
   * agencies', leaders' and total counts are sums of these), and in each the few doc-value ranges
   * the states as of the day follow from (see {@link #counts(JsonNode, LocalDate)}). Faster at a
   * million directives than a filter query per state (measured: 390 ms against 760).
   */
  private ObjectNode agencyLeaderAggregation(LocalDate asOf) {
    ObjectNode agency = terms("leadAgency");
    ObjectNode agencyAggs = agency.putObject("aggs");
    agencyAggs.set("name", names("leadAgencyName.raw", 1));
    ObjectNode leader = terms("leaderInCharge");
    agencyAggs.set("byLeader", leader);
    ObjectNode leaderAggs = leader.putObject("aggs");
    leaderAggs.set("name", names("leaderName.raw", 5));
    leaderAggs.set("states", statesAggregation(asOf));
    return agency;
  }

  private ObjectNode terms(String field) {
    ObjectNode aggregation = json.createObjectNode();
    ObjectNode terms = aggregation.putObject("terms");
    terms.put("field", field);
    terms.put("size", MAX_GROUPS);
    terms.putObject("order").put("_key", "asc");
    return aggregation;
  }

  /** The names a group's directives carry, the commonest first (alphabetically on a tie). */
  ObjectNode names(String field, int size) {
    ObjectNode aggregation = json.createObjectNode();
    ObjectNode terms = aggregation.putObject("terms");
    terms.put("field", field);
    terms.put("size", size);
    ArrayNode order = terms.putArray("order");
    order.addObject().put("_count", "desc");
    order.addObject().put("_key", "asc");
    return aggregation;
  }

  /**
   * Per status: its deadlines before the day and from the day on, and among its directives closed
   * (completed or withdrawn) by the end of the day, the same split, and the completed ones on time.
   */
  ObjectNode statesAggregation(LocalDate asOf) {
    ObjectNode aggregation = json.createObjectNode();
    aggregation
        .putObject("terms")
        .put("field", "status")
        .put("size", Directive.Status.values().length);
    ObjectNode aggs = aggregation.putObject("aggs");
    aggs.set("deadline", deadlineRanges(asOf));
    ObjectNode completed = closedBy("completedOn", asOf);
    aggs.set("completed", completed);
    aggs.set("withdrawn", closedBy("withdrawnOn", asOf));
    ObjectNode onTime = json.createObjectNode();
    onTime.putObject("filter").putObject("term").put("completedOnTime", true);
    onTime.putObject("aggs").set("completed", closedBy("completedOn", asOf));
    aggs.set("onTime", onTime);
    return aggregation;
  }

  /** Directives closed by the end of the day (the date on or before it), with their deadlines. */
  private ObjectNode closedBy(String dateField, LocalDate asOf) {
    ObjectNode aggregation = json.createObjectNode();
    ObjectNode range = aggregation.putObject("range");
    range.put("field", dateField);
    range
        .putArray("ranges")
        .addObject()
        .put("key", "closed")
        .put("to", asOf.plusDays(1).toString());
    aggregation.putObject("aggs").set("deadline", deadlineRanges(asOf));
    return aggregation;
  }

  /** Deadlines before the day (overdue if still open) and from the day on. */
  private ObjectNode deadlineRanges(LocalDate asOf) {
    ObjectNode aggregation = json.createObjectNode();
    ObjectNode range = aggregation.putObject("range");
    range.put("field", "deadline");
    ArrayNode ranges = range.putArray("ranges");
    ranges.addObject().put("key", "passed").put("to", asOf.toString());
    ranges.addObject().put("key", "ahead").put("from", asOf.toString());
    return aggregation;
  }

  /** A request for counts (and at most {@code hits} directives), the total not counted. */
  ObjectNode request(int hits) {
    ObjectNode body = json.createObjectNode();
    body.put("size", hits);
    body.put("track_total_hits", false);
    return body;
  }

  /** The directives assigned in the period (from open when null); the filters to add to. */
  static ArrayNode assignedBetween(ObjectNode body, LocalDate from, LocalDate to) {
    ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
    ObjectNode range = filter.addObject().putObject("range").putObject("assignedOn");
    if (from != null) {
      range.put("gte", from.toString());
    }
    range.put("lte", to.toString());
    return filter;
  }

  private static void filtered(ArrayNode filter, DirectiveFilter which) {
    if (which.leadAgency() != null) {
      filter.addObject().putObject("term").put("leadAgency", which.leadAgency());
    }
    if (which.workProgrammeOnly()) {
      filter.addObject().putObject("term").put("workProgrammeItem", true);
    }
    if (which.centralGovernmentOnly()) {
      filter.addObject().putObject("term").put("centralGovernmentTask", true);
    }
  }

  /**
   * The committee's directives only: voters' petitions and questioning commitments run in the same
   * process but are counted in figures of their own ({@code councilreport}), not as tasks the
   * committee's leaders gave.
   */
  static void directivesOnly(ObjectNode body) {
    ((ObjectNode) body.path("query").path("bool"))
        .putArray("must_not")
        .addObject()
        .putObject("exists")
        .put("field", "councilItem.kind");
  }

  /** Those an agency leads or coordinates; all when {@code agency} is null. */
  public static void leadOrCoordinating(ArrayNode filter, String agency) {
    if (agency != null) {
      ObjectNode either = filter.addObject().putObject("bool");
      ArrayNode should = either.putArray("should");
      should.addObject().putObject("term").put("leadAgency", agency);
      should.addObject().putObject("term").put("coordinatingAgencies", agency);
      either.put("minimum_should_match", 1);
    }
  }

  /**
   * The counts per state of one bucket, by the calculator's rules: withdrawn, or completed (on time
   * or late), by the end of the day; every other directive is open, and overdue, in progress or
   * without deadline by its deadline. Whatever has no date in a range (a missing deadline, a
   * closing date after the day) is what remains of the bucket's count.
   */
  static Map<DirectiveState, Integer> counts(JsonNode statuses, LocalDate asOf) {
    Map<DirectiveState, Integer> counts = DirectiveState.zero();
    for (JsonNode status : statuses.path("buckets")) {
      int all = status.path("doc_count").asInt();
      int closed = 0;
      JsonNode closedDeadlines = null;
      switch (Directive.Status.valueOf(status.path("key").asText())) {
        case WITHDRAWN -> {
          JsonNode withdrawn = range(status.path("withdrawn"), "closed");
          closed = withdrawn.path("doc_count").asInt();
          closedDeadlines = withdrawn.path("deadline");
          counts.merge(DirectiveState.WITHDRAWN, closed, Integer::sum);
        }
        case COMPLETED -> {
          JsonNode completed = range(status.path("completed"), "closed");
          closed = completed.path("doc_count").asInt();
          closedDeadlines = completed.path("deadline");
          int onTime =
              range(status.path("onTime").path("completed"), "closed").path("doc_count").asInt();
          counts.merge(DirectiveState.COMPLETED_ON_TIME, onTime, Integer::sum);
          counts.merge(DirectiveState.COMPLETED_LATE, closed - onTime, Integer::sum);
        }
        case IN_PROGRESS -> {
          // all of them open
        }
      }
      int passed = rangeCount(status.path("deadline"), "passed");
      int ahead = rangeCount(status.path("deadline"), "ahead");
      if (closedDeadlines != null) {
        passed -= rangeCount(closedDeadlines, "passed");
        ahead -= rangeCount(closedDeadlines, "ahead");
      }
      counts.merge(DirectiveState.OVERDUE, passed, Integer::sum);
      counts.merge(DirectiveState.IN_PROGRESS, ahead, Integer::sum);
      counts.merge(
          DirectiveState.IN_PROGRESS_NO_DEADLINE, all - closed - passed - ahead, Integer::sum);
    }
    return counts;
  }

  private static JsonNode range(JsonNode aggregation, String key) {
    for (JsonNode bucket : aggregation.path("buckets")) {
      if (key.equals(bucket.path("key").asText())) {
        return bucket;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private static int rangeCount(JsonNode aggregation, String key) {
    return range(aggregation, key).path("doc_count").asInt();
  }

  /** Buckets left out would make every sum short: refuse rather than print wrong figures. */
  private static void requireAll(JsonNode terms) {
    if (terms.path("sum_other_doc_count").asLong() > 0) {
      throw new IllegalStateException(
          "more than " + MAX_GROUPS + " agencies or leaders: raise MAX_GROUPS");
    }
  }

  /** One agency's or leader's counts and the names its directives carry, summed over buckets. */
  private static final class Group {
    private final Map<DirectiveState, Integer> counts = DirectiveState.zero();
    private final Map<String, Long> names = new TreeMap<>();

    void add(Map<DirectiveState, Integer> more) {
      more.forEach((state, n) -> counts.merge(state, n, Integer::sum));
    }

    void names(JsonNode terms) {
      for (JsonNode bucket : terms.path("buckets")) {
        names.merge(bucket.path("key").asText(), bucket.path("doc_count").asLong(), Long::sum);
      }
    }

    /** The commonest name, alphabetically first on a tie (as the calculator picks it). */
    String name() {
      String best = null;
      long most = -1;
      for (Map.Entry<String, Long> e : names.entrySet()) { // sorted: the first of a tie wins
        if (e.getValue() > most) {
          best = e.getKey();
          most = e.getValue();
        }
      }
      return best;
    }
  }

  private static List<DirectiveStatistics.GroupCounts> groups(Map<String, Group> groups) {
    List<DirectiveStatistics.GroupCounts> list = new ArrayList<>();
    groups.forEach(
        (code, group) ->
            list.add(DirectiveStatisticsAssembly.group(code, group.name(), group.counts)));
    return list;
  }

  /**
   * Open at the end of the day and past its deadline: the calculator's OVERDUE, as a query (the
   * hits it selects are the listed oldest overdue directives).
   */
  ObjectNode overdueQuery(LocalDate asOf) {
    ObjectNode query = json.createObjectNode();
    ObjectNode bool = query.putObject("bool");
    bool.putArray("filter")
        .addObject()
        .putObject("range")
        .putObject("deadline")
        .put("lt", asOf.toString());
    ArrayNode mustNot = bool.putArray("must_not");
    mustNot.add(clause(withdrawnBy(asOf)));
    mustNot.add(clause(completedBy(asOf)));
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
}
