package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * The statistics from counts per state, however they were counted (by the index in production, by
 * the calculator in the tests): totals, shares, the office's sentence, groups and the overdue list.
 */
final class DirectiveStatisticsAssembly {

  private DirectiveStatisticsAssembly() {}

  /** One overdue directive as listed, with its working days overdue as of the day. */
  static DirectiveStatistics.OverdueDirective overdueDirective(
      Directive d, LocalDate asOf, WorkingDayCalendar calendar) {
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
      Map<DirectiveState, Integer> counts,
      List<DirectiveStatistics.GroupCounts> byAgency,
      List<DirectiveStatistics.GroupCounts> byLeader,
      List<DirectiveStatistics.OverdueDirective> oldest) {
    int assigned = counts.values().stream().mapToInt(Integer::intValue).sum();
    int withdrawn = counts.get(DirectiveState.WITHDRAWN);
    int done =
        counts.get(DirectiveState.COMPLETED_ON_TIME) + counts.get(DirectiveState.COMPLETED_LATE);
    int inProgress =
        counts.get(DirectiveState.IN_PROGRESS) + counts.get(DirectiveState.IN_PROGRESS_NO_DEADLINE);
    int overdue = counts.get(DirectiveState.OVERDUE);
    int base = assigned - withdrawn;
    List<DirectiveStatistics.Share> shares = Shares.of(base, done, inProgress, overdue);
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
        counts.get(DirectiveState.COMPLETED_ON_TIME),
        counts.get(DirectiveState.COMPLETED_LATE),
        counts.get(DirectiveState.IN_PROGRESS),
        counts.get(DirectiveState.IN_PROGRESS_NO_DEADLINE),
        overdue,
        withdrawn,
        new DirectiveStatistics.Summary(
            base, baseDescription, doneShare, progressShare, overdueShare, sentence),
        byAgency,
        byLeader,
        oldest);
  }

  /** Completed and in-progress counts of one agency or leader from its counts per state. */
  static DirectiveStatistics.GroupCounts group(
      String code, String name, Map<DirectiveState, Integer> c) {
    return new DirectiveStatistics.GroupCounts(
        code,
        name,
        c.values().stream().mapToInt(Integer::intValue).sum(),
        c.get(DirectiveState.COMPLETED_ON_TIME) + c.get(DirectiveState.COMPLETED_LATE),
        c.get(DirectiveState.IN_PROGRESS) + c.get(DirectiveState.IN_PROGRESS_NO_DEADLINE),
        c.get(DirectiveState.OVERDUE),
        c.get(DirectiveState.WITHDRAWN));
  }

  static String periodPhrase(LocalDate from, LocalDate to) {
    YearMonth month = YearMonth.from(from);
    if (from.equals(month.atDay(1)) && to.equals(month.atEndOfMonth())) {
      return "Trong tháng " + month.getMonthValue() + " năm " + month.getYear();
    }
    return "Từ ngày " + OfficeInput.vn(from) + " đến ngày " + OfficeInput.vn(to);
  }
}
