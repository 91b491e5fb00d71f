package vn.gov.ubnd.workflow.directives;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.search.Query;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.search.SearchPage;
import vn.gov.ubnd.workflow.search.Sort;

/**
 * The register's search in the directives index: words without regard to diacritics or case (the
 * index folds both), the filters, an order that is total, pages by search_after.
 */
@Component
public class RegisterSearch {

  /** The fields words are looked for in, the number and the title weighing most. */
  private static final List<String> WORD_FIELDS =
      List.of(
          "directiveId.words^4",
          "title^3",
          "content",
          "sourceDocument.number.words^2",
          "sourceDocument.issuer",
          "lastProgress",
          "result");

  private final SearchClient search;

  public RegisterSearch(SearchClient search) {
    this.search = search;
  }

  /** The result's page of directives. */
  public record Found(long total, List<Directive> directives, String next) {}

  /**
   * One page of the directives matching the criteria, within the agency's own when {@code agency}
   * is given (those it leads or coordinates).
   *
   * @param cursor {@link Found#next()} of the page before, or null for the first
   */
  public Found page(RegisterCriteria criteria, String agency, int size, String cursor) {
    search.ensureIndexFromResource(IndexedDirectiveStore.DIRECTIVES, "search/directives.json");
    SearchPage page =
        search.page(
            IndexedDirectiveStore.DIRECTIVES,
            query(criteria, agency),
            order(criteria),
            size,
            cursor);
    return new Found(
        page.total(),
        page.sources().stream().map(s -> search.read(s, Directive.class)).toList(),
        page.next());
  }

  static Query query(RegisterCriteria c, String agency) {
    List<Query> filters = new ArrayList<>();
    if (agency != null) {
      filters.add(
          Query.oneOf(
              List.of(
                  Query.term("leadAgency", agency), Query.term("coordinatingAgencies", agency))));
    }
    if (c.agency() != null) {
      filters.add(Query.term("leadAgency", c.agency()));
    }
    if (c.leader() != null) {
      filters.add(Query.term("leaderInCharge", c.leader()));
    }
    if (c.state() != null) {
      filters.add(Query.dateBetween("assignedOn", null, c.asOf()));
      filters.add(c.state().query(c.asOf()));
    }
    if (c.deadlineFrom() != null || c.deadlineTo() != null) {
      filters.add(Query.dateBetween("deadline", c.deadlineFrom(), c.deadlineTo()));
    }
    if (c.assignedFrom() != null || c.assignedTo() != null) {
      filters.add(Query.dateBetween("assignedOn", c.assignedFrom(), c.assignedTo()));
    }
    if (c.sourceNumber() != null) {
      filters.add(Query.term("sourceDocument.number", c.sourceNumber()));
    }
    if (c.sourceKind() != null) {
      filters.add(Query.term("sourceDocument.kind", c.sourceKind()));
    }
    if (c.workProgrammeOnly()) {
      filters.add(Query.term("workProgrammeItem", true));
    }
    if (c.centralGovernmentOnly()) {
      filters.add(Query.term("centralGovernmentTask", true));
    }
    if (c.words() == null) {
      return filters.isEmpty() ? Query.all() : Query.allOf(filters);
    }
    // A number typed whole ("12/TB-UBND") finds its directive first; words find the rest.
    Query words =
        Query.oneOf(
            List.of(
                Query.term("directiveId", c.words()),
                Query.prefix("directiveId", c.words()),
                Query.words(c.words(), WORD_FIELDS)));
    return Query.filtered(words, filters);
  }

  static List<Sort> order(RegisterCriteria c) {
    Sort number = Sort.ascending("directiveId");
    return switch (c.order()) {
      case DEADLINE -> List.of(Sort.ascending("deadline"), number);
      case ASSIGNED_NEWEST -> List.of(Sort.descending("assignedOn"), number);
      case NUMBER -> List.of(number);
      case RELEVANCE ->
          c.words() == null
              ? List.of(Sort.ascending("deadline"), number)
              : List.of(Sort.descending(Sort.RELEVANCE), number);
    };
  }
}
