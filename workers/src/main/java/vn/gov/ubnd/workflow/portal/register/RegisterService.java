package vn.gov.ubnd.workflow.portal.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.directives.RegisterCriteria;
import vn.gov.ubnd.workflow.directives.RegisterSearch;
import vn.gov.ubnd.workflow.directives.RegisterState;
import vn.gov.ubnd.workflow.directives.SourceKind;
import vn.gov.ubnd.workflow.portal.Viewer;
import vn.gov.ubnd.workflow.portal.dashboard.DashboardScope;

/**
 * The register of directives (sổ theo dõi nhiệm vụ) as a person may read it: the office, its chief,
 * the leaders and the managers the whole province; an agency the directives it leads or
 * coordinates, and no other's page even by its address.
 */
@Service
class RegisterService {

  /** Rows read from the index per request while exporting: the heap holds one batch at a time. */
  static final int EXPORT_BATCH = 1_000;

  private final RegisterSearch search;
  private final RegisterRows rows;
  private final Catalog catalog;
  private final Clock clock;

  public RegisterService(RegisterSearch search, RegisterRows rows, Catalog catalog, Clock clock) {
    this.search = search;
    this.rows = rows;
    this.catalog = catalog;
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
        Arrays.stream(RegisterState.values()).map(s -> new Choice(s.name(), s.label())).toList(),
        Arrays.stream(RegisterCriteria.RegisterOrder.values())
            .map(o -> new Choice(o.name(), o.label()))
            .toList(),
        Arrays.stream(SourceKind.values()).map(k -> new Choice(k.name(), k.label())).toList());
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
        found.directives().stream().map(d -> rows.row(d, criteria.asOf(), scope)).toList(),
        found.next());
  }

  /** Every row of the filtered register, batch by batch, in the register's order. */
  void each(Viewer viewer, Map<String, String> params, Consumer<RegisterRow> sink) {
    DashboardScope scope = DashboardScope.of(viewer, catalog);
    RegisterCriteria criteria = criteria(params);
    String cursor = null;
    do {
      RegisterSearch.Found found = search.page(criteria, scope.leadAgency(), EXPORT_BATCH, cursor);
      found.directives().forEach(d -> sink.accept(rows.row(d, criteria.asOf(), scope)));
      cursor = found.next();
    } while (cursor != null);
  }

  RegisterCriteria criteria(Map<String, String> params) {
    return RegisterParameters.criteria(params, catalog, LocalDate.now(clock));
  }
}
