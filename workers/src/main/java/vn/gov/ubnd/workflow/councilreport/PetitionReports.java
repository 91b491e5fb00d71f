package vn.gov.ubnd.workflow.councilreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.IndexedDirectiveStore;
import vn.gov.ubnd.workflow.documents.DocxReportWriter;
import vn.gov.ubnd.workflow.failures.DependencyUnavailableException;
import vn.gov.ubnd.workflow.search.Query;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.search.SearchPage;
import vn.gov.ubnd.workflow.search.Sort;

/** The draft answer report of a session as a .docx, from the index's figures and petitions. */
@Service
public class PetitionReports {

  /** Petitions read per request for the appendix. */
  private static final int PAGE = 1_000;

  private final IndexedPetitionFigures figures;
  private final SearchClient search;
  private final ObjectMapper json;
  private final PetitionReportComposer composer;
  private final Clock clock;

  public PetitionReports(
      IndexedPetitionFigures figures,
      SearchClient search,
      ObjectMapper json,
      Catalog catalog,
      Clock clock) {
    this.figures = figures;
    this.search = search;
    this.json = json;
    this.composer = new PetitionReportComposer(catalog);
    this.clock = clock;
  }

  public byte[] draft(String session) {
    PetitionFigures counted = figures.figures(session, LocalDate.now(clock), null);
    return new DocxReportWriter().write(composer.draft(session, counted, petitions(session)));
  }

  /**
   * The session's petitions by number, page after page (a session's few hundred, not the index).
   */
  private List<Directive> petitions(String session) {
    Query query =
        Query.allOf(
            List.of(
                Query.term("councilItem.kind", "PETITION"),
                Query.term("councilItem.sessionName", session)));
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
              "một kiến nghị trong chỉ mục không đọc được: kiểm tra chỉ mục tìm kiếm", e);
        }
      }
      cursor = page.next();
    } while (cursor != null);
    return all;
  }
}
