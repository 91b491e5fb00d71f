package vn.gov.ubnd.workflow.portal.start;

import java.util.Optional;
import java.util.Set;
import vn.gov.ubnd.workflow.accounts.AccountRole;

/** The processes a person starts from the portal, with their start forms and who may. */
public enum StartableProcess {
  DIRECTIVE(
      "directive-tracking",
      "directive-registration",
      "Đăng ký nhiệm vụ",
      "Nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao, theo dõi đến khi hoàn thành.",
      "registeredBy",
      Set.of(AccountRole.OFFICE)),
  REPORT_CYCLE(
      "report-cycle",
      "report-cycle-start",
      "Mở kỳ báo cáo trình HĐND tỉnh",
      "Giao các cơ quan gửi báo cáo, tổng hợp, trình ký và gửi HĐND tỉnh.",
      "openedBy",
      Set.of(AccountRole.OFFICE)),
  MONTHLY_REPORT(
      "monthly-direction-report",
      "monthly-report-start",
      "Lập báo cáo tháng (BC-VP)",
      "Báo cáo công tác chỉ đạo điều hành của UBND tỉnh, Chủ tịch UBND tỉnh cho một tháng đã"
          + " chốt số liệu.",
      "requestedBy",
      Set.of(AccountRole.OFFICE)),
  COUNCIL_ANSWER_REPORT(
      "council-answer-report",
      "council-answer-report-start",
      "Lập báo cáo trả lời kiến nghị cử tri, thực hiện nghị quyết chất vấn",
      "Báo cáo của UBND tỉnh gửi Thường trực HĐND tỉnh trước kỳ họp, từ các kiến nghị cử tri và"
          + " cam kết trả lời chất vấn đang theo dõi.",
      "requestedBy",
      Set.of(AccountRole.OFFICE));

  private final String bpmnProcessId;
  private final String formId;
  private final String title;
  private final String description;
  private final String personVariable;
  private final Set<AccountRole> allowed;

  StartableProcess(
      String bpmnProcessId,
      String formId,
      String title,
      String description,
      String personVariable,
      Set<AccountRole> allowed) {
    this.bpmnProcessId = bpmnProcessId;
    this.formId = formId;
    this.title = title;
    this.description = description;
    this.personVariable = personVariable;
    this.allowed = allowed;
  }

  public String bpmnProcessId() {
    return bpmnProcessId;
  }

  public String formId() {
    return formId;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  /** The variable that names who started it (the directive's registeredBy). */
  public String personVariable() {
    return personVariable;
  }

  public boolean allows(Set<AccountRole> roles) {
    return roles.stream().anyMatch(allowed::contains);
  }

  public static Optional<StartableProcess> byProcessId(String bpmnProcessId) {
    for (StartableProcess process : values()) {
      if (process.bpmnProcessId.equals(bpmnProcessId)) {
        return Optional.of(process);
      }
    }
    return Optional.empty();
  }
}
