package vn.gov.ubnd.workflow.directives;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.search.SearchClient;

/**
 * The source documents' progress counted by the index: per document the states as the statistics
 * count them ({@link IndexedDirectiveStatistics}' aggregation under a bucket per number).
 */
@Component
public class IndexedSourceProgress implements SourceProgressSource {

  private final SearchClient search;
  private final ObjectMapper json;
  private final IndexedDirectiveStatistics statistics;

  public IndexedSourceProgress(
      SearchClient search, ObjectMapper json, IndexedDirectiveStatistics statistics) {
    this.search = search;
    this.json = json;
    this.statistics = statistics;
  }

  /**
   * The source documents with most directives assigned in the period (at most {@code limit}), each
   * with its directives' progress as of the day, within one agency's (lead or coordinating) when
   * given; in one request.
   */
  public List<SourceProgress> progressOfPeriod(
      LocalDate from, LocalDate to, LocalDate asOf, String agency, int limit) {
    return progressOfPeriod(from, to, asOf, agency, List.of(), limit);
  }

  @Override
  public List<SourceProgress> progressOfPeriod(
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      java.util.Collection<SourceKind> kinds,
      int limit) {
    return progressOfPeriod(from, to, asOf, null, kinds, limit);
  }

  private List<SourceProgress> progressOfPeriod(
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      String agency,
      java.util.Collection<SourceKind> kinds,
      int limit) {
    search.ensureIndexFromResource(IndexedDirectiveStore.DIRECTIVES, "search/directives.json");
    LocalDate lastAssigned = to.isBefore(asOf) ? to : asOf;
    List<SourceProgress> progress = new ArrayList<>();
    if (from.isAfter(lastAssigned)) {
      return progress;
    }
    ObjectNode body = statistics.request(0);
    ArrayNode filter = IndexedDirectiveStatistics.assignedBetween(body, from, lastAssigned);
    IndexedDirectiveStatistics.leadOrCoordinating(filter, agency);
    if (!kinds.isEmpty()) {
      ArrayNode wanted = filter.addObject().putObject("terms").putArray("sourceDocument.kind");
      kinds.forEach(k -> wanted.add(k.name()));
    }
    ObjectNode bySource = json.createObjectNode();
    ObjectNode terms = bySource.putObject("terms");
    terms.put("field", "sourceDocument.number").put("size", limit);
    ArrayNode order = terms.putArray("order");
    order.addObject().put("_count", "desc");
    order.addObject().put("_key", "asc");
    bySource.putObject("aggs").set("states", statistics.statesAggregation(asOf));
    body.putObject("aggs").set("bySource", bySource);
    JsonNode answer = search.search(IndexedDirectiveStore.DIRECTIVES, body).orElse(null);
    if (answer != null) {
      for (JsonNode bucket : answer.path("aggregations").path("bySource").path("buckets")) {
        progress.add(
            SourceProgress.of(
                bucket.path("key").asText(),
                IndexedDirectiveStatistics.counts(bucket.path("states"), asOf)));
      }
    }
    return progress;
  }

  /**
   * The progress of each of these source documents' directives assigned by the end of the day, in
   * one request; within one agency's directives (those it leads or coordinates) when given.
   */
  public Map<String, SourceProgress> progressBySource(
      java.util.Collection<String> numbers, LocalDate asOf, String agency) {
    search.ensureIndexFromResource(IndexedDirectiveStore.DIRECTIVES, "search/directives.json");
    Map<String, SourceProgress> progress = new java.util.LinkedHashMap<>();
    if (numbers.isEmpty()) {
      return progress;
    }
    ObjectNode body = statistics.request(0);
    ArrayNode filter = IndexedDirectiveStatistics.assignedBetween(body, null, asOf);
    ArrayNode wanted = filter.addObject().putObject("terms").putArray("sourceDocument.number");
    numbers.forEach(wanted::add);
    IndexedDirectiveStatistics.leadOrCoordinating(filter, agency);
    ObjectNode bySource = json.createObjectNode();
    bySource.putObject("terms").put("field", "sourceDocument.number").put("size", numbers.size());
    bySource.putObject("aggs").set("states", statistics.statesAggregation(asOf));
    body.putObject("aggs").set("bySource", bySource);
    JsonNode answer = search.search(IndexedDirectiveStore.DIRECTIVES, body).orElse(null);
    Map<String, JsonNode> buckets = new java.util.HashMap<>();
    if (answer != null) {
      for (JsonNode bucket : answer.path("aggregations").path("bySource").path("buckets")) {
        buckets.put(bucket.path("key").asText(), bucket.path("states"));
      }
    }
    for (String number : numbers) {
      JsonNode states = buckets.get(number);
      progress.put(
          number,
          SourceProgress.of(
              number,
              states == null
                  ? DirectiveState.zero()
                  : IndexedDirectiveStatistics.counts(states, asOf)));
    }
    return progress;
  }
}
