package vn.gov.ubnd.workflow.reportcycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Department;
import vn.gov.ubnd.workflow.catalog.Leader;
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.notify.Notice;
import vn.gov.ubnd.workflow.notify.Notifier;
import vn.gov.ubnd.workflow.notify.Recipient;

/**
 * The cycle's notices: a department reminded before its deadline and followed up after it, the
 * chair reminded to sign, the office warned of a late submission. Each notice's id makes a retried
 * step send nothing new.
 */
@Component
class ReportCycleNotices {

  private final Catalog catalog;
  private final Notifier notifier;
  private final Clock clock;

  public ReportCycleNotices(Catalog catalog, Notifier notifier, Clock clock) {
    this.catalog = catalog;
    this.notifier = notifier;
    this.clock = clock;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  public void remind(SectionAssignment a, String cycleTitle, String session, long stepKey) {
    Department d = catalog.department(a.departmentCode()).orElseThrow();
    notifier.send(
        new Notice(
            "report-cycle:reminder:" + a.departmentCode() + ":" + stepKey,
            "SECTION_REMINDER",
            "[Nhắc việc] Gửi báo cáo phục vụ " + session,
            d.name()
                + " chưa gửi báo cáo cho \""
                + cycleTitle
                + "\" ("
                + a.sectionTitles()
                + "). Hạn gửi: "
                + a.dueDateText()
                + ". Đề nghị gửi đúng hạn trên Tasklist.",
            List.of(new Recipient(d.name(), d.email())),
            List.of(),
            "report-cycle"));
  }

  public void followUp(SectionAssignment a, String cycleTitle, String session, long stepKey) {
    Department d = catalog.department(a.departmentCode()).orElseThrow();
    notifier.send(
        new Notice(
            "report-cycle:overdue:" + a.departmentCode() + ":" + stepKey,
            "SECTION_OVERDUE",
            "[Đôn đốc] " + d.name() + " chưa gửi báo cáo phục vụ " + session,
            "Đã quá hạn "
                + a.dueDateText()
                + " mà "
                + d.name()
                + " chưa gửi báo cáo cho \""
                + cycleTitle
                + "\". Đề nghị "
                + d.headTitle()
                + " chỉ đạo gửi ngay để Văn phòng tổng hợp trình UBND tỉnh.",
            List.of(new Recipient(d.headTitle(), d.email())),
            List.of(new Recipient(catalog.office().name(), catalog.office().email())),
            "report-cycle"));
  }

  public void warnLateSubmission(String number, String session, LocalDate due, long stepKey) {
    notifier.send(
        new Notice(
            "report-cycle:late-submission:" + stepKey,
            "LATE_SUBMISSION",
            "[Lưu ý] Báo cáo " + number + " gửi Thường trực HĐND sau hạn " + OfficeInput.vn(due),
            "Báo cáo số "
                + number
                + " phục vụ "
                + session
                + " được gửi ngày "
                + OfficeInput.vn(today())
                + ", sau thời hạn gửi trước kỳ họp ("
                + OfficeInput.vn(due)
                + ").",
            List.of(new Recipient(catalog.office().name(), catalog.office().email())),
            List.of(),
            "report-cycle"));
  }

  public void remindSignOff(String cycleTitle, String session, String submissionDue, long stepKey) {
    Leader chair = catalog.chair();
    notifier.send(
        new Notice(
            "report-cycle:sign-off:" + stepKey,
            "SIGN_OFF_REMINDER",
            "[Nhắc việc] Ký duyệt báo cáo trình " + session,
            "Báo cáo \""
                + cycleTitle
                + "\" đang chờ ký duyệt; cần gửi Thường trực HĐND tỉnh trước ngày "
                + submissionDue
                + ".",
            List.of(new Recipient(chair.title() + " " + chair.name(), chair.email())),
            List.of(new Recipient(catalog.office().name(), catalog.office().email())),
            "report-cycle"));
  }
}
