package vn.gov.ubnd.workflow.portal.register;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.attachments.AttachmentRefusedException;
import vn.gov.ubnd.workflow.attachments.AttachmentStore;
import vn.gov.ubnd.workflow.attachments.FileLink;
import vn.gov.ubnd.workflow.attachments.Upload;
import vn.gov.ubnd.workflow.camunda.EngineGateway;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.DirectiveStore;
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.portal.PortalRefusal;
import vn.gov.ubnd.workflow.portal.Viewer;
import vn.gov.ubnd.workflow.portal.dashboard.DashboardScope;

/**
 * A coordinating agency sends the lead agency its contribution: checked here (its own coordinating
 * role, a directive still open, a text), then delivered to the directive's instance as a message,
 * which records it and shows it in the lead agency's report task.
 */
@Service
class ContributionService {

  static final String MESSAGE = "directive-contribution";
  private static final int MAX_TEXT = 10_000;

  /** A message that finds its instance between two steps waits this long for it. */
  private static final Duration TIME_TO_LIVE = Duration.ofHours(1);

  static final String FILE_FIELD = "«Tệp kèm theo ý kiến phối hợp»";

  private final DirectiveStore store;
  private final EngineGateway engine;
  private final Catalog catalog;
  private final AttachmentStore attachments;
  private final Clock clock;

  public ContributionService(
      DirectiveStore store,
      EngineGateway engine,
      Catalog catalog,
      AttachmentStore attachments,
      Clock clock) {
    this.store = store;
    this.engine = engine;
    this.catalog = catalog;
    this.attachments = attachments;
    this.clock = clock;
  }

  /** What the agency wrote. */
  public record ContributionRequest(String directiveId, String text) {}

  /** Sent: the id it is recorded under. */
  public record Sent(String contributionId) {}

  Sent send(Viewer viewer, ContributionRequest request) {
    return send(viewer, request, null);
  }

  /**
   * As above, with a file (a table of figures, a signed document): kept once everything else is
   * checked, then linked from the contribution.
   */
  Sent send(Viewer viewer, ContributionRequest request, Upload upload) {
    DashboardScope scope = DashboardScope.of(viewer, catalog);
    Directive d = DirectivePages.require(store, request == null ? null : request.directiveId());
    String agency = scope.leadAgency();
    if (agency == null || !d.coordinatingAgencies().contains(agency)) {
      throw PortalRefusal.forbidden(
          agency != null && agency.equals(d.leadAgency())
              ? "Đơn vị chủ trì báo cáo trong việc «Báo cáo kết quả thực hiện nhiệm vụ» của mình,"
                  + " không gửi ý kiến phối hợp."
              : "Chỉ đơn vị phối hợp của nhiệm vụ "
                  + d.directiveId()
                  + " gửi được ý kiến phối hợp.");
    }
    if (d.status() != Directive.Status.IN_PROGRESS) {
      throw PortalRefusal.conflict(
          "Nhiệm vụ " + d.directiveId() + " đã kết thúc: không nhận thêm ý kiến phối hợp.");
    }
    String text = request.text() == null ? "" : request.text().trim();
    if (text.isEmpty() || text.length() > MAX_TEXT) {
      throw new PortalRefusal(
          400,
          text.isEmpty()
              ? "«Ý kiến phối hợp» chưa có nội dung: ghi ý kiến, số liệu gửi đơn vị chủ trì."
              : "«Ý kiến phối hợp» dài quá "
                  + OfficeInput.thousands(MAX_TEXT)
                  + " ký tự: rút gọn lại.");
    }
    String contributionId = UUID.randomUUID().toString();
    FileLink file = null;
    if (upload != null) {
      try {
        file =
            FileLink.of(
                attachments.store(
                    "directive:" + d.directiveId(),
                    FILE_FIELD,
                    upload.fileName(),
                    upload.content(),
                    viewer.person()));
      } catch (AttachmentRefusedException refused) {
        throw new PortalRefusal(400, refused.getMessage());
      }
    }
    // Plain values only: the engine's JSON knows no date types.
    Map<String, Object> contribution = new LinkedHashMap<>();
    contribution.putAll(
        Map.of(
            "contributionId",
            contributionId,
            "agency",
            agency,
            "agencyName",
            scope.agencyName(),
            "text",
            text,
            "at",
            OffsetDateTime.now(clock).toString(),
            "by",
            Map.of(
                "username",
                viewer.username(),
                "fullName",
                viewer.person().fullName() == null ? "" : viewer.person().fullName())));
    if (file != null) {
      contribution.put(
          "file", Map.of("id", file.id(), "fileName", file.fileName(), "size", file.size()));
    }
    engine.publishMessage(
        MESSAGE,
        d.directiveId(),
        d.directiveId() + ":" + contributionId,
        TIME_TO_LIVE,
        Map.of("contribution", contribution));
    return new Sent(contributionId);
  }
}
