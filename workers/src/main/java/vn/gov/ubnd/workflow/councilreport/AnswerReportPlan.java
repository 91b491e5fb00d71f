package vn.gov.ubnd.workflow.councilreport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * When an answer report is due: the given number of days before the next session opens, the office
 * warned some days earlier, both at 08:00 in Vietnam. A request the office must correct comes back
 * as every problem found, each naming its field and what to write.
 *
 * @param kind which report
 * @param session the session whose items it counts
 * @param nextSessionOpening the next session's opening day
 * @param dueDate the day it must reach the Standing Committee
 * @param warnAt when the office is warned
 * @param dueAt the due day at 08:00
 */
record AnswerReportPlan(
    CouncilReportKind kind,
    String session,
    LocalDate nextSessionOpening,
    LocalDate dueDate,
    OffsetDateTime warnAt,
    OffsetDateTime dueAt) {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalTime OFFICE_MORNING = LocalTime.of(8, 0);

  /** The office's request could not be planned. */
  public static class Invalid extends RuntimeException {
    private final List<String> problems;

    public Invalid(List<String> problems) {
      super(String.join(" ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  /**
   * The plan of a request.
   *
   * @param kindValue councilReportKind as the form sent it
   * @param session the session's name as typed
   * @param openingText the next session's opening day as typed (ISO or dd/mm/yyyy)
   * @param itemsOfSession how many items of that kind the session has
   * @param knownSessions the sessions that have items, offered when the name matches none
   */
  public static AnswerReportPlan of(
      String kindValue,
      String session,
      String openingText,
      long itemsOfSession,
      List<String> knownSessions,
      LocalDate today,
      int daysBeforeSession,
      int warningDays) {
    List<String> problems = new ArrayList<>();
    CouncilReportKind kind = null;
    try {
      kind = CouncilReportKind.of(kindValue);
    } catch (RuntimeException e) {
      problems.add(e.getMessage());
    }
    String name = session == null ? "" : session.trim();
    if (name.isEmpty()) {
      problems.add(
          "Kỳ họp: ghi tên kỳ họp như khi nhập danh sách, ví dụ «Kỳ họp thứ 12, HĐND tỉnh khóa"
              + " X».");
    } else if (kind != null && itemsOfSession == 0) {
      problems.add(
          "Kỳ họp «"
              + OfficeInput.shown(name)
              + "»: chưa có "
              + kind.itemsName()
              + " nào của kỳ họp này; ghi đúng tên kỳ họp như khi nhập danh sách"
              + (knownSessions.isEmpty()
                  ? "."
                  : " (các kỳ họp đã có: " + String.join("; ", knownSessions) + ")."));
    }
    LocalDate opening = null;
    if (openingText == null || openingText.isBlank()) {
      problems.add("Ngày khai mạc kỳ họp tiếp theo: ghi ngày/tháng/năm, ví dụ 05/12/2026.");
    } else {
      opening = OfficeInput.date(openingText, "Ngày khai mạc kỳ họp tiếp theo", problems);
      if (opening != null && !opening.isAfter(today)) {
        problems.add(
            "Ngày khai mạc kỳ họp tiếp theo "
                + OfficeInput.vn(opening)
                + " đã qua: ghi ngày khai mạc của kỳ họp sắp tới.");
        opening = null;
      }
    }
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    LocalDate due = opening.minusDays(daysBeforeSession);
    return new AnswerReportPlan(
        kind, name, opening, due, morning(due.minusDays(warningDays)), morning(due));
  }

  private static OffsetDateTime morning(LocalDate day) {
    return day.atTime(OFFICE_MORNING).atZone(VIETNAM).toOffsetDateTime();
  }
}
