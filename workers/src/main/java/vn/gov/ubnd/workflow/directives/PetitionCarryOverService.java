package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * A petition answered "đang giải quyết" and accepted so by the office is carried over: its
 * roadmap's date becomes the deadline it is followed to, reminders and escalation starting again,
 * and it shows as carried over in the next round until it is answered for good.
 */
@Service
class PetitionCarryOverService {

  private final DirectiveStore store;
  private final DirectiveHistory history;
  private final Catalog catalog;
  private final WorkingDayCalendar calendar;

  public PetitionCarryOverService(
      DirectiveStore store,
      DirectiveHistory history,
      Catalog catalog,
      WorkingDayCalendar calendar) {
    this.store = store;
    this.history = history;
    this.catalog = catalog;
    this.calendar = calendar;
  }

  /**
   * Carries the petition over to its roadmap's date (moved off a day off); done already (a retried
   * job), it changes nothing.
   */
  public Directive carryOver(
      DirectiveStep step, String answer, String roadmap, String roadmapDate) {
    if (roadmap == null || roadmap.isBlank()) {
      throw new InvalidProcessDataException(
          "biến roadmap không có: câu trả lời «Đang giải quyết» phải nêu lộ trình giải quyết");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(roadmapDate.substring(0, 10));
    } catch (RuntimeException e) {
      throw new InvalidProcessDataException(
          "biến roadmapDate \""
              + roadmapDate
              + "\" không phải ngày (năm-tháng-ngày): sửa thành thời hạn của lộ trình rồi thử lại");
    }
    LocalDate deadline = calendar.onOrNextWorkingDay(date);
    String plan = roadmap.strip();
    return store.update(
        step.directiveId(),
        DirectiveHistory.ownedBy(
            step,
            d -> {
              if (d.councilItem() == null || d.councilItem().kind() != CouncilItemKind.PETITION) {
                throw new InvalidProcessDataException(
                    d.directiveId() + " không phải kiến nghị cử tri: chỉ kiến nghị được chuyển kỳ");
              }
              Directive carried = d.withCarryOver(plan, deadline, history.now());
              // The answer given to voters so far, shown until the final one replaces it.
              return answer == null || answer.isBlank()
                  ? carried
                  : carried.withProgress(answer.strip(), history.now());
            }),
        d ->
            history.event(
                d,
                step,
                "CARRIED_OVER",
                catalog.office().code(),
                "Kiến nghị đang giải quyết, theo dõi theo lộ trình đến "
                    + OfficeInput.vn(deadline)
                    + ": "
                    + plan));
  }
}
