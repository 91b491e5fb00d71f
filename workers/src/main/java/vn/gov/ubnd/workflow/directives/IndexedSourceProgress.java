package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.search.Aggregated;
import vn.gov.ubnd.workflow.search.Aggregation;
import vn.gov.ubnd.workflow.search.Query;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.search.SearchRequest;

/**
 * The source documents' progress counted by the index: per document the states as the statistics
 * count them ({@link DirectiveQueries#states} under a group per number).
 */
@Component
public class IndexedSourceProgress implements SourceProgressSource {

  private final SearchClient search;

  public IndexedSourceProgress(SearchClient search) {
    this.search = search;
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
      LocalDate from, LocalDate to, LocalDate asOf, Collection<SourceKind> kinds, int limit) {
    return progressOfPeriod(from, to, asOf, null, kinds, limit);
  }

  private List<SourceProgress> progressOfPeriod(
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      String agency,
      Collection<SourceKind> kinds,
      int limit) {
    search.ensureIndexFromResource(IndexedDirectiveStore.DIRECTIVES, "search/directives.json");
    LocalDate lastAssigned = to.isBefore(asOf) ? to : asOf;
    List<SourceProgress> progress = new ArrayList<>();
    if (from.isAfter(lastAssigned)) {
      return progress;
    }
    List<Query> filters = new ArrayList<>();
    filters.add(DirectiveQueries.assignedBetween(from, lastAssigned));
    filters.addAll(DirectiveQueries.leadOrCoordinating(agency));
    if (!kinds.isEmpty()) {
      filters.add(
          Query.anyOf("sourceDocument.kind", kinds.stream().map(SourceKind::name).toList()));
    }
    Aggregation bySource =
        Aggregation.terms("sourceDocument.number", limit)
            .largestFirst()
            .with("states", DirectiveQueries.states(asOf));
    SearchRequest request =
        SearchRequest.counting(Query.allOf(filters)).aggregate("bySource", bySource);
    for (Aggregated document :
        search.search(IndexedDirectiveStore.DIRECTIVES, request).aggregation("bySource").groups()) {
      progress.add(
          SourceProgress.of(document.key(), DirectiveQueries.counts(document.get("states"))));
    }
    return progress;
  }

  /**
   * The progress of each of these source documents' directives assigned by the end of the day, in
   * one request; within one agency's directives (those it leads or coordinates) when given.
   */
  public Map<String, SourceProgress> progressBySource(
      Collection<String> numbers, LocalDate asOf, String agency) {
    search.ensureIndexFromResource(IndexedDirectiveStore.DIRECTIVES, "search/directives.json");
    Map<String, SourceProgress> progress = new LinkedHashMap<>();
    if (numbers.isEmpty()) {
      return progress;
    }
    List<Query> filters = new ArrayList<>();
    filters.add(DirectiveQueries.assignedBetween(null, asOf));
    filters.add(Query.anyOf("sourceDocument.number", numbers));
    filters.addAll(DirectiveQueries.leadOrCoordinating(agency));
    Aggregation bySource =
        Aggregation.terms("sourceDocument.number", numbers.size())
            .with("states", DirectiveQueries.states(asOf));
    Aggregated documents =
        search
            .search(
                IndexedDirectiveStore.DIRECTIVES,
                SearchRequest.counting(Query.allOf(filters)).aggregate("bySource", bySource))
            .aggregation("bySource");
    for (String number : numbers) {
      // A number without directives is no group: its states count nothing.
      progress.put(
          number,
          SourceProgress.of(
              number, DirectiveQueries.counts(documents.group(number).get("states"))));
    }
    return progress;
  }
}
