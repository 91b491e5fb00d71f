package vn.gov.ubnd.workflow.directives;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * Counts directives the way the office does (seed: Cao Bằng, April 2022). Pure logic.
 *
 * <p>Size: the office's counting rules with their rounding (the oracle the index is tested
 * against), kept whole so the two can be read side by side.
 */
public final class DirectiveStatisticsCalculator {

  private final WorkingDayCalendar calendar;

  public DirectiveStatisticsCalculator(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  enum State {
    COMPLETED_ON_TIME,
    COMPLETED_LATE,
    IN_PROGRESS,
    IN_PROGRESS_NO_DEADLINE,
    OVERDUE,
    WITHDRAWN
  }

  /** Where one directive stood at the end of {@code asOf}. */
  static State stateAsOf(Directive d, LocalDate asOf) {
    if (d.status() == Directive.Status.WITHDRAWN
        && d.withdrawnOn() != null
        && !d.withdrawnOn().isAfter(asOf)) {
      return State.WITHDRAWN;
    }
    if (d.status() == Directive.Status.COMPLETED
        && d.completedOn() != null
        && !d.completedOn().isAfter(asOf)) {
      return d.completedOnTime() ? State.COMPLETED_ON_TIME : State.COMPLETED_LATE;
    }
    if (d.deadline() == null) {
      return State.IN_PROGRESS_NO_DEADLINE;
    }
    return asOf.isAfter(d.deadline()) ? State.OVERDUE : State.IN_PROGRESS;
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
            .filter(d -> stateAsOf(d, asOf) == State.OVERDUE)
            .sorted(Comparator.comparing(Directive::deadline).thenComparing(Directive::directiveId))
            .limit(overdueLimit)
            .map(d -> overdueDirective(d, asOf))
            .toList();
    return assemble(
        from,
        to,
        asOf,
        count(inPeriod, asOf),
        groups(inPeriod, asOf, Directive::leadAgency, Directive::leadAgencyName),
        groups(inPeriod, asOf, Directive::leaderInCharge, Directive::leaderName),
        oldest);
  }

  /** One overdue directive as listed, with its working days overdue as of the day. */
  DirectiveStatistics.OverdueDirective overdueDirective(Directive d, LocalDate asOf) {
    return new DirectiveStatistics.OverdueDirective(
        d.directiveId(),
        d.title(),
        d.leadAgency(),
        d.leadAgencyName(),
        d.deadline().toString(),
        calendar.workingDaysBetween(d.deadline(), asOf),
        d.escalationLevel());
  }

  /** The statistics from counts per state, however they were counted. */
  static DirectiveStatistics assemble(
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      Map<State, Integer> counts,
      List<DirectiveStatistics.GroupCounts> byAgency,
      List<DirectiveStatistics.GroupCounts> byLeader,
      List<DirectiveStatistics.OverdueDirective> oldest) {
    int assigned = counts.values().stream().mapToInt(Integer::intValue).sum();
    int withdrawn = counts.get(State.WITHDRAWN);
    int done = counts.get(State.COMPLETED_ON_TIME) + counts.get(State.COMPLETED_LATE);
    int inProgress = counts.get(State.IN_PROGRESS) + counts.get(State.IN_PROGRESS_NO_DEADLINE);
    int overdue = counts.get(State.OVERDUE);
    int base = assigned - withdrawn;
    List<DirectiveStatistics.Share> shares = shares(base, done, inProgress, overdue);
    DirectiveStatistics.Share doneShare = shares.get(0);
    DirectiveStatistics.Share progressShare = shares.get(1);
    DirectiveStatistics.Share overdueShare = shares.get(2);
    String baseDescription =
        withdrawn == 0
            ? base + " nhiệm vụ được giao trong kỳ"
            : base
                + " nhiệm vụ được giao trong kỳ, không kể "
                + withdrawn
                + " nhiệm vụ thôi thực hiện";
    String sentence =
        periodPhrase(from, to)
            + ", UBND tỉnh, Chủ tịch UBND tỉnh đã giao "
            + assigned
            + " nhiệm vụ cho các cơ quan, đơn vị, địa phương"
            + (withdrawn == 0 ? "" : " (trong đó có " + withdrawn + " nhiệm vụ thôi thực hiện)")
            + ". Kết quả thực hiện cụ thể như sau: có "
            + done
            + " nhiệm vụ đã hoàn thành ("
            + doneShare.percentText()
            + "), "
            + inProgress
            + " nhiệm vụ đang thực hiện (chiếm "
            + progressShare.percentText()
            + "), "
            + overdue
            + " nhiệm vụ quá hạn (chiếm "
            + overdueShare.percentText()
            + ").";
    return new DirectiveStatistics(
        from.toString(),
        to.toString(),
        asOf.toString(),
        assigned,
        counts.get(State.COMPLETED_ON_TIME),
        counts.get(State.COMPLETED_LATE),
        counts.get(State.IN_PROGRESS),
        counts.get(State.IN_PROGRESS_NO_DEADLINE),
        overdue,
        withdrawn,
        new DirectiveStatistics.Summary(
            base, baseDescription, doneShare, progressShare, overdueShare, sentence),
        byAgency,
        byLeader,
        oldest);
  }

  /** Completed and in-progress counts of one agency or leader from its counts per state. */
  static DirectiveStatistics.GroupCounts group(String code, String name, Map<State, Integer> c) {
    return new DirectiveStatistics.GroupCounts(
        code,
        name,
        c.values().stream().mapToInt(Integer::intValue).sum(),
        c.get(State.COMPLETED_ON_TIME) + c.get(State.COMPLETED_LATE),
        c.get(State.IN_PROGRESS) + c.get(State.IN_PROGRESS_NO_DEADLINE),
        c.get(State.OVERDUE),
        c.get(State.WITHDRAWN));
  }

  static Map<State, Integer> count(List<Directive> directives, LocalDate asOf) {
    Map<State, Integer> counts = new LinkedHashMap<>();
    for (State s : State.values()) {
      counts.put(s, 0);
    }
    directives.forEach(d -> counts.merge(stateAsOf(d, asOf), 1, Integer::sum));
    return counts;
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
        .map(list -> group(code.apply(list.get(0)), commonest(list, name), count(list, asOf)))
        .toList();
  }

  /**
   * The name most of a group's directives carry (alphabetically first on a tie): an agency renamed
   * in the catalog is listed under the name of most of its directives.
   */
  private static String commonest(List<Directive> group, Function<Directive, String> name) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    group.forEach(d -> counts.merge(String.valueOf(name.apply(d)), 1L, Long::sum));
    return counts.entrySet().stream()
        .max(
            Comparator.comparing(Map.Entry<String, Long>::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /**
   * Shares of one base that together make it whole (done, in progress, overdue), one decimal each,
   * printed so that they add up to 100,0%. The rule (largest remainder, Hamilton): each share is
   * cut to its tenth, and the tenths still missing go one each to the shares that lost the most in
   * the cut, the earlier share first on a tie. It gives the same figures as rounding half up
   * whenever those add up (912 directives, 571/90/251: 62,6%, 9,9%, 27,5%), and otherwise moves one
   * tenth where the cut lost most (three equal thirds: 33,4%, 33,3%, 33,3%). Exact decimal
   * arithmetic throughout.
   */
  public static List<DirectiveStatistics.Share> shares(int base, int... counts) {
    List<DirectiveStatistics.Share> shares = new ArrayList<>();
    if (base == 0) {
      for (int count : counts) {
        shares.add(new DirectiveStatistics.Share(count, null, "không xác định"));
      }
      return shares;
    }
    long[] tenths = new long[counts.length];
    long[] remainders = new long[counts.length];
    long given = 0;
    for (int i = 0; i < counts.length; i++) {
      // tenths of a percent: count * 1000 / base, remainder kept exact
      tenths[i] = counts[i] * 1000L / base;
      remainders[i] = counts[i] * 1000L % base;
      given += tenths[i];
    }
    long whole = java.util.Arrays.stream(counts).asLongStream().sum() * 1000L / base;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> Long.compare(remainders[b], remainders[a]));
    for (int k = 0; given < whole && k < order.size(); k++, given++) {
      tenths[order.get(k)]++;
    }
    for (int i = 0; i < counts.length; i++) {
      BigDecimal percent = BigDecimal.valueOf(tenths[i], 1);
      shares.add(
          new DirectiveStatistics.Share(
              counts[i], percent, percent.toPlainString().replace('.', ',') + "%"));
    }
    return shares;
  }

  static String periodPhrase(LocalDate from, LocalDate to) {
    YearMonth month = YearMonth.from(from);
    if (from.equals(month.atDay(1)) && to.equals(month.atEndOfMonth())) {
      return "Trong tháng " + month.getMonthValue() + " năm " + month.getYear();
    }
    return "Từ ngày " + OfficeInput.vn(from) + " đến ngày " + OfficeInput.vn(to);
  }
}
