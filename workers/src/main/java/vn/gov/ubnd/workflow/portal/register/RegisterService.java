package vn.gov.ubnd.workflow.portal.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.accounts.AccountRole;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.DirectiveEvent;
import vn.gov.ubnd.workflow.directives.DirectiveStore;
import vn.gov.ubnd.workflow.directives.FollowUpPlanner;
import vn.gov.ubnd.workflow.directives.IndexedDirectiveStatistics;
import vn.gov.ubnd.workflow.directives.IndexedSourceDocumentStore;
import vn.gov.ubnd.workflow.directives.RegisterCriteria;
import vn.gov.ubnd.workflow.directives.RegisterSearch;
import vn.gov.ubnd.workflow.directives.RegisterState;
import vn.gov.ubnd.workflow.directives.RegisteredSource;
import vn.gov.ubnd.workflow.directives.SourceDocument;
import vn.gov.ubnd.workflow.directives.SourceKind;
import vn.gov.ubnd.workflow.directives.SourceProgress;
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.portal.PortalProperties;
import vn.gov.ubnd.workflow.portal.PortalRefusal;
import vn.gov.ubnd.workflow.portal.Viewer;
import vn.gov.ubnd.workflow.portal.dashboard.DashboardScope;
import vn.gov.ubnd.workflow.search.SearchPage;

/**
 * The register of directives (sổ theo dõi nhiệm vụ) as a person may read it: the office, its chief,
 * the leaders and the managers the whole province; an agency the directives it leads or
 * coordinates, and no other's page even by its address.
 */
@Service
public class RegisterService {

  /** Rows read from the index per request while exporting: the heap holds one batch at a time. */
  static final int EXPORT_BATCH = 1_000;

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
          Map.entry("LEADER_URGED", "Lãnh đạo đôn đốc"));

  private final RegisterSearch search;
  private final DirectiveStore store;
  private final IndexedSourceDocumentStore sources;
  private final IndexedDirectiveStatistics statistics;
  private final Catalog catalog;
  private final WorkingDayCalendar calendar;
  private final PortalProperties portal;
  private final Clock clock;

  public RegisterService(
      RegisterSearch search,
      DirectiveStore store,
      IndexedSourceDocumentStore sources,
      IndexedDirectiveStatistics statistics,
      Catalog catalog,
      WorkingDayCalendar calendar,
      PortalProperties portal,
      Clock clock) {
    this.search = search;
    this.store = store;
    this.sources = sources;
    this.statistics = statistics;
    this.catalog = catalog;
    this.calendar = calendar;
    this.portal = portal;
    this.clock = clock;
  }

  /**
   * One page of the register.
   *
   * @param scope whose directives ("Toàn tỉnh" or an agency's)
   * @param asOf the day the states are taken at (ISO)
   * @param total how many directives match, exactly
   * @param next the cursor of the next page, or null after the last
   */
  public record RegisterPage(
      String scope, String asOf, long total, List<RegisterRow> rows, String next) {}

  /**
   * What the register's filters offer the person.
   *
   * @param scope whose directives they see
   * @param agencies code and name of each agency (an agency sees its own only)
   * @param leaders code and name of each leader
   * @param ownLeader a leader's own code: their fields first, chosen already
   * @param states the states as of a day
   * @param orders the orders
   */
  public record Choices(
      String scope,
      List<Choice> agencies,
      List<Choice> leaders,
      String ownLeader,
      List<Choice> states,
      List<Choice> orders,
      List<Choice> kinds) {}

  public record Choice(String code, String name) {}

  Choices choices(Viewer viewer) {
    DashboardScope scope = DashboardScope.of(viewer, catalog);
    return new Choices(
        scope.description(),
        catalog.departments().stream()
            .filter(d -> scope.leadAgency() == null || scope.leadAgency().equals(d.code()))
            .map(d -> new Choice(d.code(), d.name()))
            .toList(),
        catalog.leaders().stream()
            .map(l -> new Choice(l.code(), l.title() + " " + l.name()))
            .toList(),
        scope.leader(),
        java.util.Arrays.stream(RegisterState.values())
            .map(s -> new Choice(s.name(), s.label()))
            .toList(),
        java.util.Arrays.stream(RegisterCriteria.RegisterOrder.values())
            .map(o -> new Choice(o.name(), o.label()))
            .toList(),
        java.util.Arrays.stream(SourceKind.values())
            .map(k -> new Choice(k.name(), k.label()))
            .toList());
  }

  RegisterPage page(Viewer viewer, Map<String, String> params) {
    DashboardScope scope = DashboardScope.of(viewer, catalog);
    RegisterCriteria criteria = criteria(params);
    int size = RegisterParameters.size(params);
    RegisterSearch.Found found =
        search.page(criteria, scope.leadAgency(), size, params.get("after"));
    return new RegisterPage(
        scope.description(),
        criteria.asOf().toString(),
        found.total(),
        found.directives().stream().map(d -> row(d, criteria.asOf(), scope)).toList(),
        found.next());
  }

  /** Every row of the filtered register, batch by batch, in the register's order. */
  void each(Viewer viewer, Map<String, String> params, Consumer<RegisterRow> rows) {
    DashboardScope scope = DashboardScope.of(viewer, catalog);
    RegisterCriteria criteria = criteria(params);
    String cursor = null;
    do {
      RegisterSearch.Found found = search.page(criteria, scope.leadAgency(), EXPORT_BATCH, cursor);
      found.directives().forEach(d -> rows.accept(row(d, criteria.asOf(), scope)));
      cursor = found.next();
    } while (cursor != null);
  }

  /**
   * One source document in the register's list, with its directives' progress.
   *
   * @param kind its kind's code
   * @param kindLabel its kind in words
   * @param date ISO date of issue
   */
  public record DocumentLine(
      String number,
      String date,
      String issuer,
      String kind,
      String kindLabel,
      String title,
      SourceProgress progress) {}

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
    RegisterCriteria criteria = criteria(params);
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
            .map(RegisteredSource::document)
            .map(
                d ->
                    new DocumentLine(
                        d.number(),
                        iso(d.date()),
                        d.issuer(),
                        d.kind() == null ? null : d.kind().name(),
                        d.kind() == null ? null : d.kind().label(),
                        d.title(),
                        progress.get(d.number())))
            .toList(),
        page.next());
  }

  RegisterCriteria criteria(Map<String, String> params) {
    return RegisterParameters.criteria(params, catalog, LocalDate.now(clock));
  }

  DirectiveFile directive(Viewer viewer, String directiveId) {
    DashboardScope scope = DashboardScope.of(viewer, catalog);
    String id = directiveId == null ? "" : directiveId.trim();
    Directive d =
        store
            .find(id)
            .orElseThrow(
                () ->
                    PortalRefusal.notFound(
                        "Không có nhiệm vụ số \""
                            + OfficeInput.shown(id)
                            + "\" trong sổ theo dõi: kiểm tra lại số hiệu."));
    if (role(d, scope) == null && scope.leadAgency() != null) {
      throw PortalRefusal.forbidden(
          "Nhiệm vụ "
              + d.directiveId()
              + " không do "
              + scope.agencyName()
              + " chủ trì hay phối hợp: anh/chị không xem được nhiệm vụ này.");
    }
    LocalDate today = LocalDate.now(clock);
    List<DirectiveEvent> events = store.events(d.directiveId());
    List<DirectiveFile.Entry> history =
        events.stream().sorted(Comparator.comparing(DirectiveEvent::at)).map(this::entry).toList();
    SourceDocument source = d.sourceDocument();
    return new DirectiveFile(
        row(d, today, scope),
        d.content(),
        source == null || source.number() == null || source.number().isBlank()
            ? null
            : new DirectiveFile.Source(
                source.number(),
                source.date() == null ? null : source.date().toString(),
                source.issuer(),
                source.kind() == null ? null : source.kind().label(),
                source.title()),
        d.coordinatingAgencies().stream().map(this::agencyName).toList(),
        iso(d.originalDeadline()),
        d.lastProgress(),
        d.completedOn() == null
            ? null
            : new DirectiveFile.Completion(
                d.completedOn().toString(), d.completedOnTime(), d.result(), d.evidenceReference()),
        d.withdrawnOn() == null
            ? null
            : new DirectiveFile.Withdrawal(d.withdrawnOn().toString(), d.withdrawalReason()),
        history.stream().filter(e -> e.what().equals(EVENT_NAMES.get("EXTENDED"))).toList(),
        d.followUps().stream()
            .map(
                f ->
                    new DirectiveFile.FollowUpSent(
                        FollowUpPlanner.stepName(f.levelName()),
                        f.sentAt().toString(),
                        iso(f.deadline()),
                        f.recipients().stream().map(RegisterService::nameOnly).toList()))
            .toList(),
        history,
        viewer.has(AccountRole.MANAGER)
            ? portal.operateUrl() + "/processes/" + d.processInstanceKey()
            : null);
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
        iso(e.deadline()));
  }

  RegisterRow row(Directive d, LocalDate asOf, DashboardScope scope) {
    RegisterState state = RegisterState.of(d, asOf);
    return new RegisterRow(
        d.directiveId(),
        d.title(),
        source(d.sourceDocument()),
        d.leadAgencyName(),
        scope.leadAgency() == null ? null : role(d, scope),
        d.leaderName(),
        iso(d.assignedOn()),
        iso(d.deadline()),
        state.name(),
        state.label(),
        state == RegisterState.OVERDUE ? calendar.workingDaysBetween(d.deadline(), asOf) : null,
        d.extensionCount(),
        d.escalationLevel());
  }

  /** The agency's part in the directive: "Chủ trì", "Phối hợp", or null for none. */
  private static String role(Directive d, DashboardScope scope) {
    if (scope.leadAgency() == null) {
      return null;
    }
    if (scope.leadAgency().equals(d.leadAgency())) {
      return "Chủ trì";
    }
    return d.coordinatingAgencies().contains(scope.leadAgency()) ? "Phối hợp" : null;
  }

  static String source(SourceDocument s) {
    if (s == null || s.number() == null || s.number().isBlank()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    parts.add("Số " + s.number());
    if (s.date() != null) {
      parts.add("ngày " + OfficeInput.vn(s.date()));
    }
    if (s.issuer() != null && !s.issuer().isBlank()) {
      parts.add("của " + s.issuer());
    }
    return String.join(" ", parts);
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

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
