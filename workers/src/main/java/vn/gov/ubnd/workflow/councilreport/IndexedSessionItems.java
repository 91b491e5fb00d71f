package vn.gov.ubnd.workflow.councilreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.IndexedDirectiveStore;
import vn.gov.ubnd.workflow.failures.DependencyUnavailableException;
import vn.gov.ubnd.workflow.search.Query;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.search.SearchPage;
import vn.gov.ubnd.workflow.search.Sort;

/** A session's items from the directives' index, read page after page. */
@Component
class IndexedSessionItems implements SessionItems {

  /** Items read per request. */
  private static final int PAGE = 1_000;

  private final SearchClient search;
  private final ObjectMapper json;
  private final IndexedPetitionFigures figures;

  public IndexedSessionItems(
      SearchClient search, ObjectMapper json, IndexedPetitionFigures figures) {
    this.search = search;
    this.json = json;
    this.figures = figures;
  }

  @Override
  public List<Directive> items(CouncilItemKind kind, String session) {
    return read(
        Query.allOf(
            List.of(
                Query.term("councilItem.kind", kind.name()),
                Query.term("councilItem.sessionName", session))));
  }

  @Override
  public List<Directive> itemsAssignedBetween(CouncilItemKind kind, LocalDate from, LocalDate to) {
    return read(
        Query.allOf(
            List.of(
                Query.term("councilItem.kind", kind.name()),
                Query.dateBetween("assignedOn", from, to))));
  }

  private List<Directive> read(Query query) {
    search.ensureIndexFromResource(IndexedDirectiveStore.DIRECTIVES, "search/directives.json");
    List<Directive> all = new ArrayList<>();
    String cursor = null;
    do {
      SearchPage page =
          search.page(
              IndexedDirectiveStore.DIRECTIVES,
              query,
              List.of(Sort.ascending("directiveId")),
              PAGE,
              cursor);
      for (var source : page.sources()) {
        try {
          all.add(json.treeToValue(source, Directive.class));
        } catch (JsonProcessingException e) {
          throw new DependencyUnavailableException(
              "một mục của kỳ họp trong chỉ mục không đọc được: kiểm tra chỉ mục tìm kiếm", e);
        }
      }
      cursor = page.next();
    } while (cursor != null);
    return all;
  }

  @Override
  public List<String> sessions(CouncilItemKind kind) {
    return figures.sessions(kind);
  }

  @Override
  public PetitionFigures petitionFigures(String session, LocalDate today) {
    return figures.figures(session, today, null);
  }
}
