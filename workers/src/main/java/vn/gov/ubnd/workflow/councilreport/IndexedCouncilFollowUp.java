package vn.gov.ubnd.workflow.councilreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The dashboard's petitions and commitments counted by the index in one request: per kind, named
 * queries for each state (never the items themselves).
 */
@Component
public class IndexedCouncilFollowUp {

  private final SearchClient search;

  public IndexedCouncilFollowUp(SearchClient search) {
    this.search = search;
  }

  /** As they stand on the day, within one agency's (lead or coordinating) when given. */
  public List<CouncilFollowUpFigures> figures(LocalDate today, String agency) {
    search.ensureIndexFromResource(IndexedDirectiveStore.DIRECTIVES, "search/directives.json");
    List<Query> filters = new ArrayList<>();
    filters.add(Query.exists("councilItem.kind"));
    filters.addAll(DirectiveQueries.leadOrCoordinating(agency));
    Map<String, Query> states = new LinkedHashMap<>();
    states.put("done", Query.term("status", "COMPLETED"));
    states.put("withdrawn", Query.term("status", "WITHDRAWN"));
    states.put("overdue", open(today, true));
    states.put("openOnTime", open(today, false));
    states.put(
        "carriedOver",
        Query.allOf(
            List.of(
                Query.term("status", "IN_PROGRESS"), Query.atLeast("councilItem.carryOvers", 1))));
    SearchRequest request =
        SearchRequest.counting(Query.allOf(filters))
            .aggregate(
                "byKind",
                Aggregation.terms("councilItem.kind", CouncilItemKind.values().length)
                    .with("states", Aggregation.named(states)));
    Aggregated byKind =
        search.search(IndexedDirectiveStore.DIRECTIVES, request).aggregation("byKind");
    List<CouncilFollowUpFigures> all = new ArrayList<>();
    for (CouncilItemKind kind : CouncilItemKind.values()) {
      Aggregated counts = byKind.group(kind.name()).get("states");
      all.add(
          new CouncilFollowUpFigures(
              kind,
              kind.label(),
              counts.group("openOnTime").count(),
              counts.group("overdue").count(),
              counts.group("carriedOver").count(),
              counts.group("done").count(),
              counts.group("withdrawn").count()));
    }
    return all;
  }

  /** Open items, overdue (deadline before the day) or not. */
  private static Query open(LocalDate today, boolean overdue) {
    Query pastDeadline = Query.dateBefore("deadline", today);
    return Query.allOf(
        List.of(
            Query.term("status", "IN_PROGRESS"), overdue ? pastDeadline : Query.not(pastDeadline)));
  }
}
