package vn.gov.ubnd.workflow.councilreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.directives.IndexedDirectiveStatistics;
import vn.gov.ubnd.workflow.directives.IndexedDirectiveStore;
import vn.gov.ubnd.workflow.search.SearchClient;

/**
 * A session's petitions counted by the index in one request: a filter per outcome ({@link
 * PetitionOutcome#of}'s rule written as queries), over all of them, per Council field and per lead
 * agency; never the petitions themselves.
 */
@Component
public class IndexedPetitionFigures {

  /** More fields or agencies than any province has: a bucket list cut short would undercount. */
  private static final int MAX_GROUPS = 1_000;

  private final SearchClient search;
  private final ObjectMapper json;

  public IndexedPetitionFigures(SearchClient search, ObjectMapper json) {
    this.search = search;
    this.json = json;
  }

  /** The session's petitions, within one agency's (lead or coordinating) when given. */
  public PetitionFigures figures(String session, LocalDate today, String agency) {
    search.ensureIndexFromResource(IndexedDirectiveStore.DIRECTIVES, "search/directives.json");
    ObjectNode body = json.createObjectNode();
    body.put("size", 0);
    body.put("track_total_hits", false);
    ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
    filter.addObject().putObject("term").put("councilItem.kind", "PETITION");
    filter.addObject().putObject("term").put("councilItem.sessionName", session);
    IndexedDirectiveStatistics.leadOrCoordinating(filter, agency);
    ObjectNode aggs = body.putObject("aggs");
    aggs.set("outcomes", outcomes(today));
    aggs.putObject("carriedOver")
        .putObject("filter")
        .putObject("range")
        .putObject("councilItem.carryOvers")
        .put("gte", 1);
    aggs.set("byField", grouped("councilItem.councilField", today));
    aggs.set("byAgency", grouped("leadAgency", today));
    JsonNode answer = search.search(IndexedDirectiveStore.DIRECTIVES, body).orElse(null);
    if (answer == null) {
      return new PetitionFigures(PetitionFigures.zero(), Map.of(), Map.of(), 0);
    }
    JsonNode a = answer.path("aggregations");
    return new PetitionFigures(
        counts(a.path("outcomes")),
        groups(a.path("byField")),
        groups(a.path("byAgency")),
        a.path("carriedOver").path("doc_count").asInt());
  }

  /** The sessions petitions were registered for, the latest registered first. */
  public java.util.List<String> sessions() {
    return sessions(vn.gov.ubnd.workflow.council.CouncilItemKind.PETITION);
  }

  /** The sessions items of the kind were registered for, the latest registered first. */
  public java.util.List<String> sessions(vn.gov.ubnd.workflow.council.CouncilItemKind kind) {
    search.ensureIndexFromResource(IndexedDirectiveStore.DIRECTIVES, "search/directives.json");
    ObjectNode body = json.createObjectNode();
    body.put("size", 0);
    body.putObject("query").putObject("term").put("councilItem.kind", kind.name());
    ObjectNode bySession = body.putObject("aggs").putObject("sessions");
    ObjectNode terms = bySession.putObject("terms");
    terms.put("field", "councilItem.sessionName").put("size", MAX_GROUPS);
    terms.putObject("order").put("latest", "desc");
    bySession.putObject("aggs").putObject("latest").putObject("max").put("field", "assignedOn");
    java.util.List<String> sessions = new java.util.ArrayList<>();
    search
        .search(IndexedDirectiveStore.DIRECTIVES, body)
        .ifPresent(
            answer ->
                answer
                    .path("aggregations")
                    .path("sessions")
                    .path("buckets")
                    .forEach(b -> sessions.add(b.path("key").asText())));
    return sessions;
  }

  private ObjectNode grouped(String field, LocalDate today) {
    ObjectNode group = json.createObjectNode();
    group.putObject("terms").put("field", field).put("size", MAX_GROUPS).put("missing", "null");
    group.putObject("aggs").set("outcomes", outcomes(today));
    return group;
  }

  /** One named filter per outcome; together they cover every petition exactly once. */
  private ObjectNode outcomes(LocalDate today) {
    ObjectNode aggregation = json.createObjectNode();
    ObjectNode filters = aggregation.putObject("filters").putObject("filters");
    filters.set("WITHDRAWN", term("status", "WITHDRAWN"));
    for (String answered :
        new String[] {"RESOLVED", "IN_PROGRESS", "EXPLAINED", "NOT_RESOLVABLE"}) {
      ObjectNode query = json.createObjectNode();
      ObjectNode bool = query.putObject("bool");
      bool.putArray("filter").add(term("councilItem.answerCategory", answered));
      bool.putArray("must_not").add(term("status", "WITHDRAWN"));
      filters.set(answered, query);
    }
    filters.set("UNANSWERED_OVERDUE", unanswered(today, true));
    filters.set("UNANSWERED", unanswered(today, false));
    return aggregation;
  }

  private ObjectNode unanswered(LocalDate today, boolean overdue) {
    ObjectNode query = json.createObjectNode();
    ObjectNode bool = query.putObject("bool");
    ArrayNode mustNot = bool.putArray("must_not");
    mustNot.add(term("status", "WITHDRAWN"));
    mustNot.addObject().putObject("exists").put("field", "councilItem.answerCategory");
    ObjectNode pastDeadline = json.createObjectNode();
    pastDeadline.putObject("range").putObject("deadline").put("lt", today.toString());
    if (overdue) {
      bool.putArray("filter").add(pastDeadline);
    } else {
      mustNot.add(pastDeadline);
    }
    return query;
  }

  private ObjectNode term(String field, String value) {
    ObjectNode term = json.createObjectNode();
    term.putObject("term").put(field, value);
    return term;
  }

  private static Map<PetitionOutcome, Integer> counts(JsonNode outcomes) {
    Map<PetitionOutcome, Integer> counts = PetitionFigures.zero();
    outcomes
        .path("buckets")
        .fields()
        .forEachRemaining(
            e ->
                counts.put(
                    PetitionOutcome.valueOf(e.getKey()), e.getValue().path("doc_count").asInt()));
    return counts;
  }

  private static Map<String, Map<PetitionOutcome, Integer>> groups(JsonNode terms) {
    Map<String, Map<PetitionOutcome, Integer>> groups = new TreeMap<>();
    for (JsonNode bucket : terms.path("buckets")) {
      groups.put(bucket.path("key").asText(), counts(bucket.path("outcomes")));
    }
    return groups;
  }
}
