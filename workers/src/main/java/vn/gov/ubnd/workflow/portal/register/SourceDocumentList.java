package vn.gov.ubnd.workflow.portal.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.attachments.AttachmentRefusedException;
import vn.gov.ubnd.workflow.attachments.AttachmentStore;
import vn.gov.ubnd.workflow.attachments.FileLink;
import vn.gov.ubnd.workflow.attachments.Upload;
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

  static final String FILE_FIELD = "«Tệp văn bản»";

  private final IndexedSourceDocumentStore sources;
  private final IndexedSourceProgress statistics;
  private final Catalog catalog;
  private final AttachmentStore attachments;
  private final Clock clock;

  SourceDocumentList(
      IndexedSourceDocumentStore sources,
      IndexedSourceProgress statistics,
      Catalog catalog,
      AttachmentStore attachments,
      Clock clock) {
    this.sources = sources;
    this.statistics = statistics;
    this.catalog = catalog;
    this.attachments = attachments;
    this.clock = clock;
  }

  /**
   * One source document in the register's list, with its directives' progress.
   *
   * @param kind its kind's code
   * @param kindLabel its kind in words
   * @param date ISO date of issue
   * @param file the document's file, when the office attached one (its link: {@code file.url})
   */
  public record DocumentLine(
      String number,
      String date,
      String issuer,
      String kind,
      String kindLabel,
      String title,
      SourceProgress progress,
      FileLink file) {}

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
        found.stream()
            .map(
                registered -> {
                  SourceDocument d = registered.document();
                  return new DocumentLine(
                      d.number(),
                      RegisterRows.iso(d.date()),
                      d.issuer(),
                      d.kind() == null ? null : d.kind().name(),
                      d.kind() == null ? null : d.kind().label(),
                      d.title(),
                      progress.get(d.number()),
                      registered.file());
                })
            .toList(),
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
    SourceDocument d = registered.document();
    return new DocumentLine(
        d.number(),
        RegisterRows.iso(d.date()),
        d.issuer(),
        d.kind() == null ? null : d.kind().name(),
        d.kind() == null ? null : d.kind().label(),
        d.title(),
        statistics
            .progressBySource(List.of(d.number()), LocalDate.now(clock), scope.leadAgency())
            .get(d.number()),
        registered.file());
  }

  /** A source document as the office enters it; dates as typed (05/03/2026 or 2026-03-05). */
  public record DocumentRequest(
      String number, String date, String issuer, String kind, String title) {}

  /**
   * Enters a source document in the register: the office only; a number entered before is refused
   * with what the register holds for it.
   */
  DocumentLine register(Viewer viewer, DocumentRequest request, Upload upload) {
    if (!viewer.has(vn.gov.ubnd.workflow.accounts.AccountRole.OFFICE)) {
      throw PortalRefusal.forbidden("Chỉ Văn phòng UBND tỉnh vào sổ văn bản giao nhiệm vụ.");
    }
    java.util.List<String> problems = new java.util.ArrayList<>();
    String number = request == null ? null : blankToNull(request.number());
    if (number == null) {
      problems.add("Thiếu «Số, ký hiệu văn bản»: ghi như trên văn bản, ví dụ 12/NQ-HĐND.");
    } else {
      OfficeInput.tooLong(number, "«Số, ký hiệu văn bản»", 100, problems);
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate date = null;
    if (request == null || blankToNull(request.date()) == null) {
      problems.add("Thiếu «Ngày ban hành»: ghi ngày/tháng/năm, ví dụ 05/03/2026.");
    } else {
      date = OfficeInput.date(request.date(), "«Ngày ban hành»", problems);
      if (date != null && date.isAfter(today)) {
        problems.add(
            "«Ngày ban hành» ("
                + OfficeInput.vn(date)
                + ") sau hôm nay: ghi ngày văn bản đã ban hành.");
      }
    }
    String kindText = request == null ? null : blankToNull(request.kind());
    SourceKind kind = kindText == null ? null : SourceKind.parse(kindText).orElse(null);
    if (kindText != null && kind == null) {
      problems.add(
          "«Loại văn bản» \"" + OfficeInput.shown(kindText) + "\" không có: chọn trong danh sách.");
    }
    String issuer = request == null ? null : blankToNull(request.issuer());
    String title = request == null ? null : blankToNull(request.title());
    if (title != null) {
      OfficeInput.tooLong(title, "«Trích yếu văn bản»", 1000, problems);
    }
    if (!problems.isEmpty()) {
      throw new PortalRefusal(400, "Chưa vào sổ được: " + String.join(" ", problems));
    }
    vn.gov.ubnd.workflow.directives.SourceDocument document =
        new vn.gov.ubnd.workflow.directives.SourceDocument(
            number, date, issuer, kind != null ? kind : SourceKind.of(number, issuer), title);
    Optional<RegisteredSource> before = sources.find(number);
    if (before.isPresent()) {
      throw alreadyEntered(number, before.get());
    }
    FileLink file = null;
    if (upload != null) {
      try {
        file =
            FileLink.of(
                attachments.store(
                    "source-document:" + number,
                    FILE_FIELD,
                    upload.fileName(),
                    upload.content(),
                    viewer.person()));
      } catch (AttachmentRefusedException refused) {
        throw new PortalRefusal(400, "Chưa vào sổ được: " + refused.getMessage());
      }
    }
    RegisteredSource entered =
        new RegisteredSource(document, java.time.OffsetDateTime.now(clock), viewer.person(), file);
    RegisteredSource stored = sources.enterByHand(entered);
    if (!stored.equals(entered)) {
      throw alreadyEntered(number, stored);
    }
    return new DocumentLine(
        number,
        RegisterRows.iso(date),
        issuer,
        document.kind().name(),
        document.kind().label(),
        title,
        null,
        file);
  }

  private static PortalRefusal alreadyEntered(String number, RegisteredSource stored) {
    return PortalRefusal.conflict(
        "Văn bản số "
            + number
            + " đã có trong sổ"
            + (stored.document().date() == null
                ? ""
                : " (ngày " + OfficeInput.vn(stored.document().date()) + ")")
            + ": không vào sổ lần nữa; các nhiệm vụ ghi số này thuộc văn bản đó.");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
