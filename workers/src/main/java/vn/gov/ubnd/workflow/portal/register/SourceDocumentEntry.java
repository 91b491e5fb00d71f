package vn.gov.ubnd.workflow.portal.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.accounts.AccountRole;
import vn.gov.ubnd.workflow.attachments.AttachmentRefusedException;
import vn.gov.ubnd.workflow.attachments.AttachmentStore;
import vn.gov.ubnd.workflow.attachments.FileLink;
import vn.gov.ubnd.workflow.attachments.Upload;
import vn.gov.ubnd.workflow.directives.IndexedSourceDocumentStore;
import vn.gov.ubnd.workflow.directives.RegisteredSource;
import vn.gov.ubnd.workflow.directives.SourceDocument;
import vn.gov.ubnd.workflow.directives.SourceKind;
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.portal.PortalRefusal;
import vn.gov.ubnd.workflow.portal.Viewer;

/** The office enters a source document in the register, once, with its file if it has one. */
@Service
class SourceDocumentEntry {

  static final String FILE_FIELD = "«Tệp văn bản»";

  private final IndexedSourceDocumentStore sources;
  private final AttachmentStore attachments;
  private final Clock clock;

  SourceDocumentEntry(
      IndexedSourceDocumentStore sources, AttachmentStore attachments, Clock clock) {
    this.sources = sources;
    this.attachments = attachments;
    this.clock = clock;
  }

  /** A source document as the office enters it; dates as typed (05/03/2026 or 2026-03-05). */
  public record DocumentRequest(
      String number, String date, String issuer, String kind, String title) {}

  /**
   * Enters a source document in the register: the office only; a number entered before is refused
   * with what the register holds for it.
   */
  SourceDocumentList.DocumentLine register(Viewer viewer, DocumentRequest request, Upload upload) {
    if (!viewer.has(AccountRole.OFFICE)) {
      throw PortalRefusal.forbidden("Chỉ Văn phòng UBND tỉnh vào sổ văn bản giao nhiệm vụ.");
    }
    List<String> problems = new ArrayList<>();
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
    SourceDocument document =
        new SourceDocument(
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
        new RegisteredSource(document, OffsetDateTime.now(clock), viewer.person(), file);
    RegisteredSource stored = sources.enterByHand(entered);
    if (!stored.equals(entered)) {
      throw alreadyEntered(number, stored);
    }
    return SourceDocumentList.DocumentLine.of(entered, null);
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
