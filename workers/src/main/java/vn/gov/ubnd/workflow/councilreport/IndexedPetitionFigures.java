package vn.gov.ubnd.workflow.councilreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.directives.DirectiveQueries;
import vn.gov.ubnd.workflow.directives.IndexedDirectiveStore;
import vn.gov.ubnd.workflow.search.Aggregated;
import vn.gov.ubnd.workflow.search.Aggregation;
import vn.gov.ubnd.workflow.search.Query;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.search.SearchRequest;

/**
 * A session's petitions counted by the index in one request: a named query per outcome ({@link
 * PetitionOutcome#of}'s rule written as queries), over all of them, per Council field and per lead
 * agency; never the petitions themselves.
 */
@Component
public class IndexedPetitionFigures {

  /** More fields or agencies than any province has: a group list cut short would undercount. */
  private static final int MAX_GROUPS = 1_000;

  private final SearchClient search;

  public IndexedPetitionFigures(SearchClient search) {
    this.search = search;
  }

  /** The session's petitions, within one agency's (lead or coordinating) when given. */
  public PetitionFigures figures(String session, LocalDate today, String agency) {
    search.ensureIndexFromResource(IndexedDirectiveStore.DIRECTIVES, "search/directives.json");
    List<Query> filters = new ArrayList<>();
    filters.add(Query.term("councilItem.kind", CouncilItemKind.PETITION.name()));
    filters.add(Query.term("councilItem.sessionName", session));
    filters.addAll(DirectiveQueries.leadOrCoordinating(agency));
    SearchRequest request =
        SearchRequest.counting(Query.allOf(filters))
            .aggregate("outcomes", outcomes(today))
            .aggregate(
                "carriedOver", Aggregation.filter(Query.atLeast("councilItem.carryOvers", 1)))
            .aggregate("byField", grouped("councilItem.councilField", today))
            .aggregate("byAgency", grouped("leadAgency", today));
    var answer = search.search(IndexedDirectiveStore.DIRECTIVES, request);
    return new PetitionFigures(
        counts(answer.aggregation("outcomes")),
        groups(answer.aggregation("byField")),
        groups(answer.aggregation("byAgency")),
        answer.aggregation("carriedOver").count());
  }

  /** The sessions petitions were registered for, the latest registered first. */
  public List<String> sessions() {
    return sessions(CouncilItemKind.PETITION);
  }

  /** The sessions items of the kind were registered for, the latest registered first. */
  public List<String> sessions(CouncilItemKind kind) {
    search.ensureIndexFromResource(IndexedDirectiveStore.DIRECTIVES, "search/directives.json");
    SearchRequest request =
        SearchRequest.counting(Query.term("councilItem.kind", kind.name()))
            .aggregate(
                "sessions",
                Aggregation.terms("councilItem.sessionName", MAX_GROUPS)
                    .byMetricDescending("latest")
                    .with("latest", Aggregation.latest("assignedOn")));
    return search
        .search(IndexedDirectiveStore.DIRECTIVES, request)
        .aggregation("sessions")
        .groups()
        .stream()
        .map(Aggregated::key)
        .toList();
  }

  private static Aggregation grouped(String field, LocalDate today) {
    return Aggregation.terms(field, MAX_GROUPS).missingAs("null").with("outcomes", outcomes(today));
  }

  /** One named query per outcome; together they cover every petition exactly once. */
  private static Aggregation outcomes(LocalDate today) {
    Query withdrawn = Query.term("status", "WITHDRAWN");
    Map<String, Query> outcomes = new LinkedHashMap<>();
    outcomes.put(PetitionOutcome.WITHDRAWN.name(), withdrawn);
    for (String answered :
        new String[] {"RESOLVED", "IN_PROGRESS", "EXPLAINED", "NOT_RESOLVABLE"}) {
      outcomes.put(
          answered,
          Query.allOf(
              List.of(Query.term("councilItem.answerCategory", answered), Query.not(withdrawn))));
    }
    outcomes.put("UNANSWERED_OVERDUE", unanswered(today, true));
    outcomes.put("UNANSWERED", unanswered(today, false));
    return Aggregation.named(outcomes);
  }

  private static Query unanswered(LocalDate today, boolean overdue) {
    Query pastDeadline = Query.dateBefore("deadline", today);
    return Query.allOf(
        List.of(
            Query.not(Query.term("status", "WITHDRAWN")),
            Query.not(Query.exists("councilItem.answerCategory")),
            overdue ? pastDeadline : Query.not(pastDeadline)));
  }

  private static Map<PetitionOutcome, Integer> counts(Aggregated outcomes) {
    Map<PetitionOutcome, Integer> counts = PetitionFigures.zero();
    for (Aggregated outcome : outcomes.groups()) {
      counts.put(PetitionOutcome.valueOf(outcome.key()), outcome.count());
    }
    return counts;
  }

  private static Map<String, Map<PetitionOutcome, Integer>> groups(Aggregated terms) {
    Map<String, Map<PetitionOutcome, Integer>> groups = new TreeMap<>();
    for (Aggregated group : terms.allGroups("Council fields or agencies")) {
      groups.put(group.key(), counts(group.get("outcomes")));
    }
    return groups;
  }
}
