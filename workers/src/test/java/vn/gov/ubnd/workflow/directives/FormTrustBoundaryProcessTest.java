package vn.gov.ubnd.workflow.directives;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_CONFIRM_COMPLETION;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_CORRECT_DIRECTIVE;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_DIRECT_OVERDUE_DIRECTIVE;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_RECORD_LEADER_DIRECTION;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_REPORT_ON_DIRECTIVE;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_REVIEW_EXTENSION;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.testing.HostileCompletion;
import vn.gov.ubnd.workflow.testing.ProcessTest;
import vn.gov.ubnd.workflow.testing.ProcessVariables;

/**
 * A completed form brings in its own fields and nothing else: whoever completes a task and sends
 * more (another group, another directive's id) changes neither the process nor the directive.
 */
class FormTrustBoundaryProcessTest extends ProcessTest {

  /** What a hostile completion adds to the form's own fields. */
  private static final HostileCompletion HOSTILE =
      new HostileCompletion(
          Map.of(
              "officeGroup", "so-tai-chinh",
              "leaderGroup", "so-tai-chinh",
              "leadAgencyGroup", "van-phong",
              "directiveId", "NV-CUA-DON-VI-KHAC",
              "leaderInCharge", "CT",
              "deadline", "2099-12-31"));

  @Autowired WorkingDayCalendar calendar;

  private ProcessInstanceEvent directive(String id, LocalDate assignedOn, LocalDate deadline) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("directiveId", id);
    vars.put("title", "Rà soát tiến độ giải ngân vốn đầu tư công");
    vars.put("leadAgency", "STC");
    vars.put("leaderInCharge", "PCT-KT");
    vars.put("assignedOn", assignedOn.toString());
    vars.put("deadline", deadline.toString());
    return start("directive-tracking", vars);
  }

  private void completeWithExtras(
      ProcessInstanceEvent instance, String elementId, Map<String, Object> form) {
    completeWithExtras(instance, elementId, form, Map.of());
  }

  /**
   * Completes the task with the hostile extras; afterwards the process holds what it held before,
   * except what the step itself rightly changes (an approved extension's deadline).
   */
  private void completeWithExtras(
      ProcessInstanceEvent instance,
      String elementId,
      Map<String, Object> form,
      Map<String, Object> rightlyChanged) {
    ActivatedJob task = awaitUserTask(instance, elementId);
    Map<String, Object> expected = HOSTILE.held(instance);
    expected.putAll(rightlyChanged);
    client.newCompleteCommand(task.getKey()).variables(HOSTILE.with(form)).send().join();
    awaitPassed(instance, elementId);
    waiting().untilAsserted(() -> assertThat(HOSTILE.held(instance)).isEqualTo(expected));
  }

  private static String candidateGroups(ActivatedJob task) {
    return task.getCustomHeaders().get("io.camunda.zeebe:candidateGroups");
  }

  @Test
  void theAgencysReportAndTheOfficesConfirmationChangeNothingBeyondTheirFields() {
    ProcessInstanceEvent instance =
        directive("NV-TRUST-1", today(), calendar.addWorkingDays(today(), 10));
    completeWithExtras(
        instance,
        TASK_REPORT_ON_DIRECTIVE,
        Map.of(
            "reportKind", "COMPLETED", "result", "Đã xong.", "completionDate", today().toString()));
    ActivatedJob confirm = awaitUserTask(instance, TASK_CONFIRM_COMPLETION);
    // The agency could not make itself the office that confirms its own completion.
    assertThat(candidateGroups(confirm)).contains("van-phong").doesNotContain("so-tai-chinh");
    completeWithExtras(
        instance, TASK_CONFIRM_COMPLETION, Map.of("completionDecision", "CONFIRMED"));
    awaitCompleted(instance);
    Directive done = store.find("NV-TRUST-1").orElseThrow();
    assertThat(done.status()).isEqualTo(Directive.Status.COMPLETED);
    assertThat(done.leaderInCharge()).isEqualTo("PCT-KT");
    assertThat(store.find("NV-CUA-DON-VI-KHAC")).isEmpty();
  }

  @Test
  void theExtensionReviewChangesNothingBeyondItsFields() {
    ProcessInstanceEvent instance =
        directive("NV-TRUST-2", today(), calendar.addWorkingDays(today(), 10));
    LocalDate requested = calendar.addWorkingDays(today(), 20);
    completeWithExtras(
        instance,
        TASK_REPORT_ON_DIRECTIVE,
        Map.of(
            "reportKind", "EXTENSION",
            "requestedDeadline", requested.toString(),
            "extensionReason", "Chờ ý kiến Bộ."));
    ActivatedJob review = awaitUserTask(instance, TASK_REVIEW_EXTENSION);
    // The agency could not make itself the leader who approves its own extension.
    assertThat(candidateGroups(review)).doesNotContain("so-tai-chinh");
    completeWithExtras(
        instance,
        TASK_REVIEW_EXTENSION,
        Map.of("extensionDecision", "APPROVED", "newDeadline", requested.toString()),
        Map.of("deadline", calendar.onOrNextWorkingDay(requested).toString()));
    awaitUserTask(instance, TASK_REPORT_ON_DIRECTIVE);
    assertThat(store.find("NV-TRUST-2").orElseThrow().deadline())
        .isEqualTo(calendar.onOrNextWorkingDay(requested));
  }

  @Test
  void theLeadersDirectionChangesNothingBeyondItsFields() {
    LocalDate assigned = calendar.addWorkingDays(today(), -20);
    ProcessInstanceEvent instance =
        directive("NV-TRUST-3", assigned, calendar.addWorkingDays(today(), -6));
    completeWithExtras(
        instance,
        TASK_DIRECT_OVERDUE_DIRECTIVE,
        Map.of("leaderDirection", "URGE", "directionNote", "Khẩn trương hoàn thành."));
    awaitPassed(instance, TASK_RECORD_LEADER_DIRECTION);
    assertThat(store.find("NV-TRUST-3").orElseThrow().leadAgency()).isEqualTo("STC");
  }

  @Test
  void theOfficesCorrectionTakesItsFieldsOnly() {
    Map<String, Object> vars = new HashMap<>();
    vars.put("directiveId", "NV-TRUST-4");
    vars.put("leadAgency", "SO-KHONG-CO");
    vars.put("leaderInCharge", "PCT-KT");
    vars.put("assignedOn", today().toString());
    ProcessInstanceEvent instance = start("directive-tracking", vars);
    ActivatedJob correction = awaitUserTask(instance, TASK_CORRECT_DIRECTIVE);
    Object officeGroup = ProcessVariables.global(instance, "officeGroup").orElseThrow();
    Map<String, Object> form =
        new LinkedHashMap<>(
            Map.of(
                "title", "Rà soát hồ sơ đất đai",
                "leadAgency", "SNNMT",
                "deadline", calendar.addWorkingDays(today(), 5).toString()));
    // The correction form has the id, the leader and the deadline: the office may correct them.
    Map<String, Object> sent =
        new LinkedHashMap<>(HOSTILE.without(Set.of("directiveId", "leaderInCharge", "deadline")));
    sent.putAll(form);
    client.newCompleteCommand(correction.getKey()).variables(sent).send().join();
    awaitUserTask(instance, TASK_REPORT_ON_DIRECTIVE);
    assertThat(ProcessVariables.global(instance, "officeGroup")).contains(officeGroup);
    assertThat(store.find("NV-TRUST-4").orElseThrow().leadAgency()).isEqualTo("SNNMT");
    // Fields the form left out keep their values (the output mapping reads them from the process).
    assertThat(store.find("NV-TRUST-4").orElseThrow().leaderInCharge()).isEqualTo("PCT-KT");
  }

  @Test
  void aStepActsOnlyOnTheDirectiveItsOwnInstanceRegistered() {
    ProcessInstanceEvent other =
        directive("NV-TRUST-OTHER", today(), calendar.addWorkingDays(today(), 10));
    awaitUserTask(other, TASK_REPORT_ON_DIRECTIVE);
    ProcessInstanceEvent instance =
        directive("NV-TRUST-5", today(), calendar.addWorkingDays(today(), 10));
    awaitUserTask(instance, TASK_REPORT_ON_DIRECTIVE);
    // A directiveId changed in the instance by hand (Operate) cannot reach another's directive.
    client
        .newSetVariablesCommand(instance.getProcessInstanceKey())
        .variables(Map.of("directiveId", "NV-TRUST-OTHER"))
        .send()
        .join();
    completeUserTask(
        instance,
        TASK_REPORT_ON_DIRECTIVE,
        Map.of("reportKind", "PROGRESS", "progressNote", "Đang làm."));
    waiting().until(() -> BpmnAssert.getRecordStream().incidentRecords().iterator().hasNext());
    assertThat(store.find("NV-TRUST-OTHER").orElseThrow().lastProgress()).isNull();
    assertThat(
            StreamSupport.stream(
                    BpmnAssert.getRecordStream().incidentRecords().spliterator(), false)
                .filter(
                    r -> r.getValue().getProcessInstanceKey() == instance.getProcessInstanceKey())
                .map(r -> r.getValue().getErrorMessage())
                .toList())
        .anyMatch(m -> m.contains("do phiên quy trình") && m.contains("NV-TRUST-OTHER"));
  }
}
