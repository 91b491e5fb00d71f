package vn.gov.ubnd.workflow.councilreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.directives.IndexedDirectiveStatistics;
import vn.gov.ubnd.workflow.directives.IndexedDirectiveStore;
import vn.gov.ubnd.workflow.search.SearchClient;

/**
 * The dashboard's petitions and commitments counted by the index in one request: per kind, named
 * filters for each state (never the items themselves).
 */
@Component
public class IndexedCouncilFollowUp {

  private final SearchClient search;
  private final ObjectMapper json;

  public IndexedCouncilFollowUp(SearchClient search, ObjectMapper json) {
    this.search = search;
    this.json = json;
  }

  /** As they stand on the day, within one agency's (lead or coordinating) when given. */
  public List<CouncilFollowUpFigures> figures(LocalDate today, String agency) {
    search.ensureIndexFromResource(IndexedDirectiveStore.DIRECTIVES, "search/directives.json");
    ObjectNode body = json.createObjectNode();
    body.put("size", 0);
    body.put("track_total_hits", false);
    ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
    filter.addObject().putObject("exists").put("field", "councilItem.kind");
    IndexedDirectiveStatistics.leadOrCoordinating(filter, agency);
    ObjectNode byKind = body.putObject("aggs").putObject("byKind");
    byKind.putObject("terms").put("field", "councilItem.kind").put("size", 10);
    ObjectNode states = byKind.putObject("aggs").putObject("states").putObject("filters");
    ObjectNode named = states.putObject("filters");
    named.set("done", term("status", "COMPLETED"));
    named.set("withdrawn", term("status", "WITHDRAWN"));
    named.set("overdue", open(today, true, false));
    named.set("openOnTime", open(today, false, false));
    named.set("carriedOver", open(today, false, true));
    JsonNode answer = search.search(IndexedDirectiveStore.DIRECTIVES, body).orElse(null);
    List<CouncilFollowUpFigures> all = new ArrayList<>();
    for (CouncilItemKind kind : CouncilItemKind.values()) {
      JsonNode buckets = null;
      if (answer != null) {
        for (JsonNode bucket : answer.path("aggregations").path("byKind").path("buckets")) {
          if (bucket.path("key").asText().equals(kind.name())) {
            buckets = bucket.path("states").path("buckets");
          }
        }
      }
      all.add(
          new CouncilFollowUpFigures(
              kind,
              kind.label(),
              count(buckets, "openOnTime"),
              count(buckets, "overdue"),
              count(buckets, "carriedOver"),
              count(buckets, "done"),
              count(buckets, "withdrawn")));
    }
    return all;
  }

  private static int count(JsonNode buckets, String name) {
    return buckets == null ? 0 : buckets.path(name).path("doc_count").asInt();
  }

  /**
   * Open items: overdue (deadline before the day) or not; or, with carriedOnly, every open item
   * carried over at least once.
   */
  private ObjectNode open(LocalDate today, boolean overdue, boolean carriedOnly) {
    ObjectNode query = json.createObjectNode();
    ObjectNode bool = query.putObject("bool");
    ArrayNode filter = bool.putArray("filter");
    filter.add(term("status", "IN_PROGRESS"));
    if (carriedOnly) {
      filter.addObject().putObject("range").putObject("councilItem.carryOvers").put("gte", 1);
      return query;
    }
    ObjectNode pastDeadline = json.createObjectNode();
    pastDeadline.putObject("range").putObject("deadline").put("lt", today.toString());
    if (overdue) {
      filter.add(pastDeadline);
    } else {
      bool.putArray("must_not").add(pastDeadline);
    }
    return query;
  }

  private ObjectNode term(String field, String value) {
    ObjectNode term = json.createObjectNode();
    term.putObject("term").put(field, value);
    return term;
  }
}
