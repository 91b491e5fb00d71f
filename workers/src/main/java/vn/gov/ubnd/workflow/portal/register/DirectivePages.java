package vn.gov.ubnd.workflow.portal.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.accounts.AccountRole;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.council.CouncilItem;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.DirectiveEvent;
import vn.gov.ubnd.workflow.directives.DirectiveStore;
import vn.gov.ubnd.workflow.directives.FollowUpPlanner;
import vn.gov.ubnd.workflow.directives.RegisteredSource;
import vn.gov.ubnd.workflow.directives.SourceDocument;
import vn.gov.ubnd.workflow.directives.SourceDocumentStore;
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.portal.PortalProperties;
import vn.gov.ubnd.workflow.portal.PortalRefusal;
import vn.gov.ubnd.workflow.portal.Viewer;
import vn.gov.ubnd.workflow.portal.dashboard.DashboardScope;

/** A directive's page: its fields and everything that happened to it, for those who may see it. */
@Service
class DirectivePages {

  private static final Map<String, String> EVENT_NAMES =
      Map.ofEntries(
          Map.entry("REGISTERED", "Giao nhiệm vụ"),
          Map.entry("PROGRESS", "Báo cáo tiến độ"),
          Map.entry("COMPLETED_ON_TIME", "Hoàn thành đúng hạn"),
          Map.entry("COMPLETED_LATE", "Hoàn thành quá hạn"),
          Map.entry("WITHDRAWN", "Thôi thực hiện"),
          Map.entry("EXTENDED", "Gia hạn"),
          Map.entry("EXTENSION_APPROVED", "Đồng ý gia hạn"),
          Map.entry("EXTENSION_REFUSED", "Không đồng ý gia hạn"),
          Map.entry("LEADER_DIRECTION", "Lãnh đạo chỉ đạo"),
          Map.entry("LEADER_URGED", "Lãnh đạo đôn đốc"),
          Map.entry("CONTRIBUTION", "Ý kiến phối hợp"),
          Map.entry("CARRIED_OVER", "Chuyển theo dõi theo lộ trình"));

  private final DirectiveStore store;
  private final SourceDocumentStore sources;
  private final Catalog catalog;
  private final RegisterRows rows;
  private final PortalProperties portal;
  private final Clock clock;

  DirectivePages(
      DirectiveStore store,
      SourceDocumentStore sources,
      Catalog catalog,
      RegisterRows rows,
      PortalProperties portal,
      Clock clock) {
    this.store = store;
    this.sources = sources;
    this.catalog = catalog;
    this.rows = rows;
    this.portal = portal;
    this.clock = clock;
  }

  /** The directive of the number as typed, or 404 saying so in Vietnamese. */
  static Directive require(DirectiveStore store, String directiveId) {
    String id = directiveId == null ? "" : directiveId.trim();
    return store
        .find(id)
        .orElseThrow(
            () ->
                PortalRefusal.notFound(
                    "Không có nhiệm vụ số \""
                        + OfficeInput.shown(id)
                        + "\" trong sổ theo dõi: kiểm tra lại số hiệu."));
  }

  /**
   * The directive, if the person may see its page: the office, leaders and managers any; an agency
   * those it leads or coordinates (403 otherwise, saying so).
   */
  Directive visible(Viewer viewer, String directiveId) {
    DashboardScope scope = DashboardScope.of(viewer, catalog);
    Directive d = require(store, directiveId);
    if (RegisterRows.role(d, scope) == null && scope.leadAgency() != null) {
      throw PortalRefusal.forbidden(
          "Nhiệm vụ "
              + d.directiveId()
              + " không do "
              + scope.agencyName()
              + " chủ trì hay phối hợp: anh/chị không xem được nhiệm vụ này.");
    }
    return d;
  }

  DirectiveFile directive(Viewer viewer, String directiveId) {
    DashboardScope scope = DashboardScope.of(viewer, catalog);
    Directive d = visible(viewer, directiveId);
    LocalDate today = LocalDate.now(clock);
    List<DirectiveEvent> events = store.events(d.directiveId());
    List<DirectiveEvent> ordered =
        events.stream().sorted(Comparator.comparing(DirectiveEvent::at)).toList();
    List<DirectiveFile.Entry> history = ordered.stream().map(this::entry).toList();
    SourceDocument source = d.sourceDocument();
    return new DirectiveFile(
        rows.row(d, today, scope),
        d.content(),
        source == null || source.number() == null || source.number().isBlank()
            ? null
            : new DirectiveFile.Source(
                source.number(),
                source.date() == null ? null : source.date().toString(),
                source.issuer(),
                source.kind() == null ? null : source.kind().label(),
                source.title(),
                sources.find(source.number()).map(RegisteredSource::file).orElse(null)),
        d.coordinatingAgencies().stream().map(this::agencyName).toList(),
        RegisterRows.iso(d.originalDeadline()),
        d.lastProgress(),
        d.completedOn() == null
            ? null
            : new DirectiveFile.Completion(
                d.completedOn().toString(), d.completedOnTime(), d.result(), d.evidenceReference()),
        d.withdrawnOn() == null
            ? null
            : new DirectiveFile.Withdrawal(d.withdrawnOn().toString(), d.withdrawalReason()),
        ordered.stream().filter(e -> "EXTENDED".equals(e.type())).map(this::entry).toList(),
        d.followUps().stream()
            .map(
                f ->
                    new DirectiveFile.FollowUpSent(
                        FollowUpPlanner.stepName(f.levelName()),
                        f.sentAt().toString(),
                        RegisterRows.iso(f.deadline()),
                        f.recipients().stream().map(DirectivePages::nameOnly).toList()))
            .toList(),
        history,
        viewer.has(AccountRole.MANAGER)
            ? portal.operateUrl() + "/processes/" + d.processInstanceKey()
            : null,
        council(d.councilItem()),
        d.contributions().stream()
            .map(
                c ->
                    new DirectiveFile.ContributionLine(
                        c.agencyName(),
                        c.by() == null ? null : c.by().fullName(),
                        c.at().toString(),
                        c.text(),
                        c.file()))
            .toList());
  }

  private static DirectiveFile.Council council(CouncilItem item) {
    if (item == null) {
      return null;
    }
    return new DirectiveFile.Council(
        item.kind().label(),
        item.sessionName(),
        item.roundTiming() == null ? null : item.roundTiming().label(),
        item.voterLocality(),
        item.councilFieldName(),
        item.delegate(),
        item.answeringOfficial(),
        item.answerCategory() == null ? null : item.answerCategory().label(),
        item.roadmap(),
        RegisterRows.iso(item.roadmapDate()),
        item.carryOvers());
  }

  private DirectiveFile.Entry entry(DirectiveEvent e) {
    String by =
        e.performedBy() != null
            ? e.performedBy().fullName() == null || e.performedBy().fullName().isBlank()
                ? e.performedBy().username()
                : e.performedBy().fullName()
            : actorName(e.actor());
    return new DirectiveFile.Entry(
        e.at().toString(),
        EVENT_NAMES.getOrDefault(e.type(), FollowUpPlanner.stepName(e.type())),
        by,
        e.description(),
        RegisterRows.iso(e.deadline()));
  }

  private String agencyName(String code) {
    return catalog.department(code).map(dep -> dep.name()).orElse(code);
  }

  private String actorName(String code) {
    if (code == null) {
      return null;
    }
    if (code.equals(catalog.office().code())) {
      return catalog.office().name();
    }
    return catalog
        .department(code)
        .map(dep -> dep.name())
        .orElseGet(() -> catalog.leader(code).map(l -> l.title() + " " + l.name()).orElse(code));
  }

  private static String nameOnly(String recipient) {
    int mail = recipient.indexOf(" <");
    return mail < 0 ? recipient : recipient.substring(0, mail);
  }
}
