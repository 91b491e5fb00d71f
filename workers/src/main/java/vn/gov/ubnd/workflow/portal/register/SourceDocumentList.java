package vn.gov.ubnd.workflow.portal.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.attachments.FileLink;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.directives.IndexedSourceDocumentStore;
import vn.gov.ubnd.workflow.directives.IndexedSourceProgress;
import vn.gov.ubnd.workflow.directives.RegisterCriteria;
import vn.gov.ubnd.workflow.directives.RegisteredSource;
import vn.gov.ubnd.workflow.directives.SourceDocument;
import vn.gov.ubnd.workflow.directives.SourceKind;
import vn.gov.ubnd.workflow.directives.SourceProgress;
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.portal.PortalRefusal;
import vn.gov.ubnd.workflow.portal.Viewer;
import vn.gov.ubnd.workflow.portal.dashboard.DashboardScope;
import vn.gov.ubnd.workflow.search.SearchPage;

/** The source documents, the newest first, each with its directives' progress. */
@Service
class SourceDocumentList {

  private final IndexedSourceDocumentStore sources;
  private final IndexedSourceProgress statistics;
  private final Catalog catalog;
  private final Clock clock;

  SourceDocumentList(
      IndexedSourceDocumentStore sources,
      IndexedSourceProgress statistics,
      Catalog catalog,
      Clock clock) {
    this.sources = sources;
    this.statistics = statistics;
    this.catalog = catalog;
    this.clock = clock;
  }

  /**
   * One source document in the register's list, with its directives' progress.
   *
   * @param kind its kind's code
   * @param kindLabel its kind in words
   * @param date ISO date of issue
   * @param file the document's file, when the office attached one (downloaded at {@code
   *     /api/portal/attachments/{file.id}})
   */
  public record DocumentLine(
      String number,
      String date,
      String issuer,
      String kind,
      String kindLabel,
      String title,
      SourceProgress progress,
      FileLink file) {

    /** The registered document's line, with its progress (null when not counted). */
    static DocumentLine of(RegisteredSource registered, SourceProgress progress) {
      SourceDocument d = registered.document();
      return new DocumentLine(
          d.number(),
          RegisterRows.iso(d.date()),
          d.issuer(),
          d.kind() == null ? null : d.kind().name(),
          d.kind() == null ? null : d.kind().label(),
          d.title(),
          progress,
          registered.file());
    }
  }

  /**
   * A page of the source documents, the newest first.
   *
   * @param asOf the day the progress is taken at (ISO)
   * @param total documents matching, exactly
   */
  public record DocumentPage(
      String scope, String asOf, long total, List<DocumentLine> documents, String next) {}

  DocumentPage documents(Viewer viewer, Map<String, String> params) {
    DashboardScope scope = DashboardScope.of(viewer, catalog);
    RegisterCriteria criteria = RegisterParameters.criteria(params, catalog, LocalDate.now(clock));
    String kindText = params.get("kind");
    SourceKind kind = null;
    if (kindText != null && !kindText.isBlank()) {
      kind =
          SourceKind.parse(kindText)
              .orElseThrow(
                  () ->
                      new PortalRefusal(
                          400,
                          "«Loại văn bản» \""
                              + OfficeInput.shown(kindText)
                              + "\" không có: chọn trong danh sách."));
    }
    SearchPage page =
        sources.page(kind, criteria.words(), RegisterParameters.size(params), params.get("after"));
    List<RegisteredSource> found = sources.read(page);
    Map<String, SourceProgress> progress =
        statistics.progressBySource(
            found.stream().map(r -> r.document().number()).toList(),
            criteria.asOf(),
            scope.leadAgency());
    return new DocumentPage(
        scope.description(),
        criteria.asOf().toString(),
        page.total(),
        found.stream().map(r -> DocumentLine.of(r, progress.get(r.document().number()))).toList(),
        page.next());
  }

  /**
   * One source document's page: its fields, file and directives' progress as of today (an agency's
   * own directives of it), or 404 saying the number is not in the register.
   */
  DocumentLine document(Viewer viewer, String number) {
    DashboardScope scope = DashboardScope.of(viewer, catalog);
    String wanted = number == null ? "" : number.trim();
    RegisteredSource registered =
        sources
            .find(wanted)
            .orElseThrow(
                () ->
                    PortalRefusal.notFound(
                        "Không có văn bản số \""
                            + OfficeInput.shown(wanted)
                            + "\" trong sổ văn bản giao nhiệm vụ: kiểm tra lại số, ký hiệu."));
    String found = registered.document().number();
    return DocumentLine.of(
        registered,
        statistics
            .progressBySource(List.of(found), LocalDate.now(clock), scope.leadAgency())
            .get(found));
  }
}
