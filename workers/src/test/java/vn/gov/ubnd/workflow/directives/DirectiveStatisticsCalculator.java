package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;

/**
 * The office's counting rules over a list of directives in Java (seed: Cao Bằng, April 2022): the
 * oracle the index's aggregations are tested against, and what the process tests use. Test code:
 * production counts in the index only.
 */
public final class DirectiveStatisticsCalculator {

  private final WorkingDayCalendar calendar;

  public DirectiveStatisticsCalculator(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  public DirectiveStatistics compute(
      List<Directive> directives, LocalDate from, LocalDate to, LocalDate asOf) {
    return compute(directives, from, to, asOf, Integer.MAX_VALUE);
  }

  /**
   * The statistics of the directives given, computed in Java: the oracle the index's aggregations
   * are tested against, and what the process tests use.
   *
   * @param overdueLimit how many of the oldest overdue directives to list
   */
  public DirectiveStatistics compute(
      List<Directive> directives, LocalDate from, LocalDate to, LocalDate asOf, int overdueLimit) {
    List<Directive> inPeriod =
        directives.stream()
            .filter(Directive::givenByTheCommittee)
            .filter(d -> !d.assignedOn().isBefore(from) && !d.assignedOn().isAfter(to))
            .filter(d -> !d.assignedOn().isAfter(asOf))
            .toList();
    List<DirectiveStatistics.OverdueDirective> oldest =
        inPeriod.stream()
            .filter(d -> DirectiveState.of(d, asOf) == DirectiveState.OVERDUE)
            .sorted(Comparator.comparing(Directive::deadline).thenComparing(Directive::directiveId))
            .limit(overdueLimit)
            .map(d -> DirectiveStatisticsAssembly.overdueDirective(d, asOf, calendar))
            .toList();
    return DirectiveStatisticsAssembly.assemble(
        from,
        to,
        asOf,
        DirectiveState.count(inPeriod, asOf),
        groups(inPeriod, asOf, Directive::leadAgency, Directive::leadAgencyName),
        groups(inPeriod, asOf, Directive::leaderInCharge, Directive::leaderName),
        oldest);
  }

  private static List<DirectiveStatistics.GroupCounts> groups(
      List<Directive> directives,
      LocalDate asOf,
      Function<Directive, String> code,
      Function<Directive, String> name) {
    Map<String, List<Directive>> byCode = new LinkedHashMap<>();
    directives.stream()
        .sorted(Comparator.comparing(code))
        .forEach(d -> byCode.computeIfAbsent(code.apply(d), k -> new ArrayList<>()).add(d));
    return byCode.values().stream()
        .map(
            list ->
                DirectiveStatisticsAssembly.group(
                    code.apply(list.get(0)),
                    commonest(list, name),
                    DirectiveState.count(list, asOf)))
        .toList();
  }

  /**
   * The name most of a group's directives carry (alphabetically first on a tie): an agency renamed
   * in the catalog is listed under the name of most of its directives.
   */
  private static String commonest(List<Directive> group, Function<Directive, String> name) {
    Map<String, Long> counts = new TreeMap<>();
    group.forEach(d -> counts.merge(String.valueOf(name.apply(d)), 1L, Long::sum));
    return counts.entrySet().stream()
        .max(
            Comparator.comparing(Map.Entry<String, Long>::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** The agencies' figures for the ranking, counted in Java. */
  public static List<AgencyFigures> agencyFigures(
      List<Directive> directives,
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      WorkingDayCalendar calendar) {
    LocalDate lastAssigned = to.isBefore(asOf) ? to : asOf;
    Map<String, List<Directive>> byAgency = new TreeMap<>();
    directives.stream()
        .filter(Directive::givenByTheCommittee)
        .filter(d -> !d.assignedOn().isBefore(from) && !d.assignedOn().isAfter(lastAssigned))
        .forEach(d -> byAgency.computeIfAbsent(d.leadAgency(), k -> new ArrayList<>()).add(d));
    List<AgencyFigures> figures = new ArrayList<>();
    byAgency.forEach(
        (code, list) -> {
          Map<DirectiveState, Integer> c = DirectiveState.count(list, asOf);
          long days =
              list.stream()
                  .filter(d -> DirectiveState.of(d, asOf) == DirectiveState.OVERDUE)
                  .mapToLong(d -> calendar.workingDaysBetween(d.deadline(), asOf))
                  .sum();
          figures.add(
              new AgencyFigures(
                  code,
                  list.get(0).leadAgencyName(),
                  list.size(),
                  c.get(DirectiveState.COMPLETED_ON_TIME),
                  c.get(DirectiveState.COMPLETED_LATE),
                  c.get(DirectiveState.IN_PROGRESS) + c.get(DirectiveState.IN_PROGRESS_NO_DEADLINE),
                  c.get(DirectiveState.OVERDUE),
                  c.get(DirectiveState.WITHDRAWN),
                  days));
        });
    return figures;
  }

  /** How far one source document's directives have come, counted in Java. */
  public static SourceProgress sourceProgress(
      String number, List<Directive> directives, LocalDate asOf) {
    return SourceProgress.of(
        number,
        DirectiveState.count(
            directives.stream().filter(d -> !d.assignedOn().isAfter(asOf)).toList(), asOf));
  }
}
