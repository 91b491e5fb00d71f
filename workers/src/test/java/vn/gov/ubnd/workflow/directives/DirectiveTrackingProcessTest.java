package vn.gov.ubnd.workflow.directives;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.ENDEVENT_COMPLETION_CONFIRMED;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.ENDEVENT_CONTRIBUTION_RECORDED;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.ENDEVENT_DIRECTIVE_COMPLETED;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.ENDEVENT_DIRECTIVE_WITHDRAWN;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.ENDEVENT_DUPLICATE_IGNORED;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.ENDEVENT_LADDER_DONE;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.ENDEVENT_NO_DEADLINE;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.EVENT_EXTENSION_GRANTED;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.EVENT_FOLLOW_UP_DUE;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.EVENT_WITHDRAWAL_DECIDED;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.GATEWAY_LEADER_DIRECTION;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_APPLY_EXTENSION;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_CONFIRM_COMPLETION;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_CORRECT_DIRECTIVE;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_DETERMINE_LADDER;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_DIRECT_OVERDUE_DIRECTIVE;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_PLAN_FOLLOW_UPS;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_RECORD_COMPLETION;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_RECORD_CONTRIBUTION;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_RECORD_LEADER_DIRECTION;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_RECORD_PROGRESS;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_REGISTER_DIRECTIVE;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_REPORT_ON_DIRECTIVE;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_REVIEW_EXTENSION;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.notify.Notice;
import vn.gov.ubnd.workflow.notify.Recipient;
import vn.gov.ubnd.workflow.testing.ProcessTest;

/** Every path of directive-tracking, with the real workers and the DMN ladder. */
class DirectiveTrackingProcessTest extends ProcessTest {

  private static final String PROCESS = "directive-tracking";

  @Autowired WorkingDayCalendar calendar;

  private Map<String, Object> directive(String id, LocalDate assignedOn, LocalDate deadline) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("directiveId", id);
    vars.put("title", "Rà soát, báo cáo tiến độ giải ngân vốn đầu tư công năm 2026");
    vars.put("content", "Báo cáo UBND tỉnh kết quả rà soát trước ngày họp thường kỳ.");
    vars.put(
        "sourceDocument",
        Map.of(
            "number",
            "789/UBND-TH",
            "date",
            assignedOn.toString(),
            "issuer",
            "Chủ tịch UBND tỉnh"));
    vars.put("leadAgency", "STC");
    vars.put("coordinatingAgencies", List.of("SXD", "SNNMT"));
    vars.put("leaderInCharge", "PCT-KT");
    vars.put("assignedOn", assignedOn.toString());
    if (deadline != null) {
      vars.put("deadline", deadline.toString());
    }
    return vars;
  }

  private Directive stored(String id) {
    return store.find(id).orElseThrow();
  }

  private List<String> followUpCodes(String id) {
    return stored(id).followUps().stream().map(FollowUp::levelName).toList();
  }

  private void reportCompleted(ProcessInstanceEvent instance, LocalDate on) {
    completeUserTask(
        instance,
        TASK_REPORT_ON_DIRECTIVE,
        Map.of(
            "reportKind", "COMPLETED",
            "result", "Đã rà soát 42 dự án, báo cáo số 15/BC-STC.",
            "completionDate", on.toString(),
            "evidenceReference", "15/BC-STC",
            "completedBy", "so-tai-chinh-1",
            "completedByName", "Trần Văn Bình"));
  }

  private void confirm(ProcessInstanceEvent instance) {
    completeUserTask(
        instance,
        TASK_CONFIRM_COMPLETION,
        Map.of(
            "completionDecision",
            "CONFIRMED",
            "completedBy",
            "van-phong-1",
            "completedByName",
            "Nguyễn Thị Lan"));
  }

  @Test
  void completedOnTime() {
    LocalDate deadline = calendar.addWorkingDays(today(), 10);
    ProcessInstanceEvent instance = start(PROCESS, directive("NV-ONTIME", today(), deadline));

    ActivatedJob task = awaitUserTask(instance, TASK_REPORT_ON_DIRECTIVE);
    // The lead agency's task, due at 17:00 on the deadline (Vietnam time).
    assertThat(task.getCustomHeaders())
        .containsEntry("io.camunda.zeebe:candidateGroups", "[\"so-tai-chinh\"]")
        .hasEntrySatisfying(
            "io.camunda.zeebe:dueDate",
            due -> assertThat(due).startsWith(deadline + "T17:00").endsWith("+07:00"));
    assertThat(stored("NV-ONTIME").status()).isEqualTo(Directive.Status.IN_PROGRESS);
    assertThat(stored("NV-ONTIME").deadline()).isEqualTo(deadline);
    reportCompleted(instance, today());
    confirm(instance);

    awaitCompleted(instance);
    assertThat(instance)
        .hasPassedElementsInOrder(
            TASK_REGISTER_DIRECTIVE,
            TASK_DETERMINE_LADDER,
            TASK_PLAN_FOLLOW_UPS,
            TASK_REPORT_ON_DIRECTIVE,
            TASK_CONFIRM_COMPLETION,
            ENDEVENT_COMPLETION_CONFIRMED,
            TASK_RECORD_COMPLETION,
            ENDEVENT_DIRECTIVE_COMPLETED)
        .hasVariableWithValue("completedOnTime", true)
        .hasVariableWithValue("directiveStatus", "COMPLETED");
    assertThat(stored("NV-ONTIME").completedOnTime()).isTrue();
    // The history names the agency's person who reported it and the office's who confirmed it.
    DirectiveEvent done =
        store.events("NV-ONTIME").stream()
            .filter(e -> e.type().equals("COMPLETED_ON_TIME"))
            .findFirst()
            .orElseThrow();
    assertThat(done.performedBy()).isEqualTo(new Person("so-tai-chinh-1", "Trần Văn Bình"));
    assertThat(done.description()).endsWith("Văn phòng xác nhận: Nguyễn Thị Lan (van-phong-1)");
    assertThat(stored("NV-ONTIME").followUps()).isEmpty();
    assertThat(notices.sentAbout("NV-ONTIME")).isEmpty();
  }

  @Test
  void registeredAfterItsDeadlineIsOverdueAtOnceAndCompletedLate() {
    LocalDate assigned = calendar.addWorkingDays(today(), -20);
    LocalDate deadline = calendar.addWorkingDays(today(), -3);
    ProcessInstanceEvent instance = start(PROCESS, directive("NV-LATE", assigned, deadline));

    waiting().until(() -> store.find("NV-LATE").map(Directive::overdue).orElse(false));
    // The reminder belongs before the deadline: it is dropped, not sent late.
    assertThat(followUpCodes("NV-LATE")).containsExactly("OVERDUE");
    Notice overdue = notices.sentAbout("NV-LATE").get(0);
    assertThat(overdue.subject()).startsWith("[Quá hạn]");
    assertThat(overdue.to().get(0).name()).isEqualTo("Giám đốc Sở Tài chính");
    assertThat(overdue.cc()).extracting(r -> r.name()).contains("Văn phòng UBND tỉnh");

    reportCompleted(instance, today());
    confirm(instance);
    awaitCompleted(instance);
    assertThat(instance).hasVariableWithValue("completedOnTime", false);
    assertThat(stored("NV-LATE").completedOnTime()).isFalse();
    // Completion ends the ladder: no timer is left waiting.
    assertThat(instance).isNotWaitingAtElements(EVENT_FOLLOW_UP_DUE);
  }

  @Test
  void theLadderClimbsAsTheClockMoves() throws Exception {
    LocalDate deadline = calendar.addWorkingDays(today(), 8);
    ProcessInstanceEvent instance = start(PROCESS, directive("NV-LADDER", today(), deadline));
    awaitWaitingAt(instance, EVENT_FOLLOW_UP_DUE, TASK_REPORT_ON_DIRECTIVE);
    assertThat(followUpCodes("NV-LADDER")).isEmpty();

    // Reminder: 3 working days before the deadline (8 working days allowed).
    advanceTo(calendar.addWorkingDays(deadline, -3).atTime(9, 0));
    waiting().until(() -> followUpCodes("NV-LADDER").contains("REMINDER"));
    assertThat(stored("NV-LADDER").overdue()).isFalse();
    // The coordinating agencies receive it too, told what their part is.
    var reminder =
        notices.sentAbout("NV-LADDER").stream()
            .filter(n -> n.kind().equals("REMINDER"))
            .findFirst()
            .orElseThrow();
    assertThat(reminder.cc()).extracting(Recipient::name).contains("Giám đốc Sở Xây dựng");
    assertThat(reminder.body())
        .contains("Đơn vị phối hợp: Sở Xây dựng, Sở Nông nghiệp và Môi trường")
        .contains("Đơn vị phối hợp nhận thông báo này để biết và phối hợp");

    // Overdue: the day after the deadline.
    advanceTo(deadline.plusDays(1).atTime(1, 0));
    waiting().until(() -> followUpCodes("NV-LADDER").contains("OVERDUE"));
    assertThat(stored("NV-LADDER").overdue()).isTrue();
    assertThat(stored("NV-LADDER").escalationLevel()).isEqualTo(1);

    // Vice-chair in charge: 5 working days after the deadline, with a task to act.
    advanceTo(calendar.addWorkingDays(deadline, 5).atTime(9, 0));
    ActivatedJob leaderTask = awaitUserTask(instance, TASK_DIRECT_OVERDUE_DIRECTIVE);
    assertThat(leaderTask.getVariablesAsMap()).containsKey("currentFollowUp");
    assertThat(stored("NV-LADDER").escalationLevel()).isEqualTo(2);
    assertThat(followUpCodes("NV-LADDER"))
        .containsExactly("REMINDER", "OVERDUE", "LEADER_IN_CHARGE");
    client
        .newCompleteCommand(leaderTask.getKey())
        .variables(
            Map.of("leaderDirection", "URGE", "directionNote", "Yêu cầu hoàn thành trong tuần."))
        .send()
        .join();
    waiting()
        .until(
            () ->
                notices.sentAbout("NV-LADDER").stream()
                    .anyMatch(n -> n.kind().equals("LEADER_DIRECTION")));

    // Chair: 10 working days after the deadline.
    advanceTo(calendar.addWorkingDays(deadline, 10).atTime(9, 0));
    ActivatedJob chairTask = awaitUserTask(instance, TASK_DIRECT_OVERDUE_DIRECTIVE);
    assertThat(stored("NV-LADDER").escalationLevel()).isEqualTo(3);
    assertThat(followUpCodes("NV-LADDER"))
        .containsExactly("REMINDER", "OVERDUE", "LEADER_IN_CHARGE", "CHAIR");
    client
        .newCompleteCommand(chairTask.getKey())
        .variables(Map.of("leaderDirection", "URGE"))
        .send()
        .join();
    awaitPassed(instance, ENDEVENT_LADDER_DONE);
    // Each level once: the ladder arms no further timer, so no later day sends anything more.
    assertThat(armedTimers(instance)).doesNotContainKey(EVENT_FOLLOW_UP_DUE);
    assertThat(followUpCodes("NV-LADDER")).hasSize(4);
    assertThat(
            notices.sentAbout("NV-LADDER").stream()
                .filter(n -> !n.kind().equals("LEADER_DIRECTION")))
        .hasSize(4);
    assertThat(instance).isWaitingAtElements(TASK_REPORT_ON_DIRECTIVE);
  }

  @Test
  void extensionApprovedRearmsTheLadderFromTheNewDeadline() throws Exception {
    LocalDate assigned = calendar.addWorkingDays(today(), -10);
    LocalDate deadline = calendar.addWorkingDays(today(), -1);
    ProcessInstanceEvent instance = start(PROCESS, directive("NV-EXT", assigned, deadline));
    waiting().until(() -> followUpCodes("NV-EXT").contains("OVERDUE"));

    LocalDate requested = calendar.addWorkingDays(today(), 15);
    askForExtension(instance, requested.toString(), "Chờ ý kiến của Bộ Tài chính.");
    ActivatedJob review = awaitUserTask(instance, TASK_REVIEW_EXTENSION);
    assertThat(review.getVariablesAsMap()).containsEntry("requestedDeadline", requested.toString());
    client
        .newCompleteCommand(review.getKey())
        .variables(Map.of("extensionDecision", "APPROVED", "newDeadline", requested.toString()))
        .send()
        .join();

    awaitPassed(instance, EVENT_EXTENSION_GRANTED, TASK_APPLY_EXTENSION);
    awaitWaitingAt(instance, TASK_REPORT_ON_DIRECTIVE, EVENT_FOLLOW_UP_DUE);
    Directive extended = stored("NV-EXT");
    assertThat(extended.deadline()).isEqualTo(calendar.onOrNextWorkingDay(requested));
    assertThat(extended.originalDeadline()).isEqualTo(deadline);
    assertThat(extended.extensionCount()).isEqualTo(1);
    assertThat(extended.overdue()).isFalse();
    assertThat(instance).hasVariableWithValue("deadline", extended.deadline().toString());

    // The rearmed ladder works from the new deadline: at noon on it, the reminders before it have
    // gone and the rung armed next, the overdue one, is due only after the day ends.
    advanceTo(extended.deadline().atTime(12, 0));
    Instant deadlineEnds =
        extended.deadline().atTime(23, 59).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    waiting()
        .until(
            () -> {
              Instant next = armedTimers(instance).get(EVENT_FOLLOW_UP_DUE);
              return next != null && next.isAfter(deadlineEnds);
            });
    assertThat(stored("NV-EXT").overdue()).isFalse();
    advanceTo(extended.deadline().plusDays(1).atTime(1, 0));
    waiting().until(() -> stored("NV-EXT").overdue());
    assertThat(stored("NV-EXT").followUps().stream().filter(f -> f.levelName().equals("OVERDUE")))
        .extracting(FollowUp::deadline)
        .containsExactly(deadline, extended.deadline());
  }

  /** The lead agency asks for more time in its report. */
  private void askForExtension(ProcessInstanceEvent instance, String until, String reason) {
    completeUserTask(
        instance,
        TASK_REPORT_ON_DIRECTIVE,
        Map.of("reportKind", "EXTENSION", "requestedDeadline", until, "extensionReason", reason));
  }

  @Test
  void extensionRefusedGoesBackToTheAgencyWithTheReason() {
    LocalDate deadline = calendar.addWorkingDays(today(), 10);
    ProcessInstanceEvent instance = start(PROCESS, directive("NV-REFUSED", today(), deadline));
    askForExtension(instance, deadline.plusDays(30).toString(), "Thiếu kinh phí.");
    completeUserTask(
        instance,
        TASK_REVIEW_EXTENSION,
        Map.of(
            "extensionDecision",
            "REFUSED",
            "extensionDecisionNote",
            "Đề nghị bố trí nguồn khác, giữ nguyên thời hạn."));
    ActivatedJob again = awaitUserTask(instance, TASK_REPORT_ON_DIRECTIVE);
    assertThat(again.getVariablesAsMap())
        .containsEntry("extensionDecision", "REFUSED")
        .containsEntry("extensionDecisionNote", "Đề nghị bố trí nguồn khác, giữ nguyên thời hạn.");
    assertThat(stored("NV-REFUSED").deadline()).isEqualTo(deadline);
    assertThat(stored("NV-REFUSED").extensionCount()).isZero();
    assertThat(store.events("NV-REFUSED"))
        .extracting(DirectiveEvent::type)
        .contains("EXTENSION_REFUSED");
  }

  @Test
  void anExtensionDecisionWithoutAValidDateGoesBackToTheLeader() {
    LocalDate deadline = calendar.addWorkingDays(today(), 10);
    ProcessInstanceEvent instance = start(PROCESS, directive("NV-BADDATE", today(), deadline));
    askForExtension(instance, deadline.plusDays(20).toString(), "Lý do.");
    completeUserTask(
        instance,
        TASK_REVIEW_EXTENSION,
        Map.of("extensionDecision", "APPROVED", "newDeadline", deadline.minusDays(1).toString()));
    ActivatedJob again = awaitUserTask(instance, TASK_REVIEW_EXTENSION);
    assertThat((String) again.getVariablesAsMap().get("decisionProblem"))
        .contains("phải sau thời hạn hiện tại");
  }

  @Test
  void officeReturnsACompletionAndTheAgencySeesWhy() {
    LocalDate deadline = calendar.addWorkingDays(today(), 10);
    ProcessInstanceEvent instance = start(PROCESS, directive("NV-RETURN", today(), deadline));
    reportCompleted(instance, today());
    completeUserTask(
        instance,
        TASK_CONFIRM_COMPLETION,
        Map.of(
            "completionDecision",
            "RETURNED",
            "completionReturnReason",
            "Thiếu biểu tổng hợp số liệu."));
    ActivatedJob again = awaitUserTask(instance, TASK_REPORT_ON_DIRECTIVE);
    assertThat(again.getVariablesAsMap())
        .containsEntry("completionReturnReason", "Thiếu biểu tổng hợp số liệu.");
    completeUserTask(
        instance,
        TASK_REPORT_ON_DIRECTIVE,
        Map.of(
            "reportKind", "COMPLETED",
            "result", "Đã rà soát 42 dự án, kèm biểu tổng hợp số liệu.",
            "completionDate", today().toString(),
            "evidenceReference", "16/BC-STC"));
    // The second confirmation reads the report it confirms from its own copy, made when it began.
    Object underReview =
        awaitUserTask(instance, TASK_CONFIRM_COMPLETION)
            .getVariablesAsMap()
            .get("reportUnderReview");
    assertThat(underReview.toString()).contains("kèm biểu tổng hợp số liệu").contains("16/BC-STC");
    confirm(instance);
    awaitCompleted(instance);
    assertThat(stored("NV-RETURN").status()).isEqualTo(Directive.Status.COMPLETED);
  }

  @Test
  void aConfirmationOutsideTheFormsChoicesReturnsTheReportInsteadOfClosingIt() {
    LocalDate deadline = calendar.addWorkingDays(today(), 10);
    ProcessInstanceEvent instance = start(PROCESS, directive("NV-ODD-DECISION", today(), deadline));
    reportCompleted(instance, today());
    // Only an API caller can send a number: anything but CONFIRMED takes the default "return" path.
    completeUserTask(instance, TASK_CONFIRM_COMPLETION, Map.of("completionDecision", 1));
    awaitUserTask(instance, TASK_REPORT_ON_DIRECTIVE);
    assertThat(stored("NV-ODD-DECISION").status()).isNotEqualTo(Directive.Status.COMPLETED);
    BpmnAssert.assertThat(instance).hasNoIncidents();
  }

  @Test
  void progressReportsAreRecordedAndTheTaskComesBack() {
    ProcessInstanceEvent instance =
        start(PROCESS, directive("NV-PROGRESS", today(), calendar.addWorkingDays(today(), 10)));
    completeUserTask(
        instance,
        TASK_REPORT_ON_DIRECTIVE,
        Map.of("reportKind", "PROGRESS", "progressNote", "Đã xong 60% khối lượng."));
    awaitUserTask(instance, TASK_REPORT_ON_DIRECTIVE);
    assertThat(stored("NV-PROGRESS").lastProgress()).isEqualTo("Đã xong 60% khối lượng.");
    assertThat(instance).hasPassedElement(TASK_RECORD_PROGRESS);
  }

  @Test
  void withdrawnByMessageBeforeTheDeadline() {
    ProcessInstanceEvent instance =
        start(PROCESS, directive("NV-WD-EARLY", today(), calendar.addWorkingDays(today(), 10)));
    awaitUserTask(instance, TASK_REPORT_ON_DIRECTIVE);
    withdraw("NV-WD-EARLY");
    awaitCompleted(instance);
    assertThat(instance)
        .hasPassedElement(ENDEVENT_DIRECTIVE_WITHDRAWN)
        .hasVariableWithValue("directiveStatus", "WITHDRAWN");
    assertThat(stored("NV-WD-EARLY").status()).isEqualTo(Directive.Status.WITHDRAWN);
    assertThat(stored("NV-WD-EARLY").withdrawalReason())
        .isEqualTo("Thôi thực hiện theo Thông báo 12/TB-UBND.");
    assertThat(stored("NV-WD-EARLY").overdue()).isFalse();
  }

  @Test
  void withdrawnByMessageAfterTheDeadline() {
    ProcessInstanceEvent instance =
        start(
            PROCESS,
            directive(
                "NV-WD-LATE",
                calendar.addWorkingDays(today(), -10),
                calendar.addWorkingDays(today(), -2)));
    waiting().until(() -> store.find("NV-WD-LATE").map(Directive::overdue).orElse(false));
    withdraw("NV-WD-LATE");
    awaitCompleted(instance);
    assertThat(instance).hasPassedElement(ENDEVENT_DIRECTIVE_WITHDRAWN);
    assertThat(stored("NV-WD-LATE").status()).isEqualTo(Directive.Status.WITHDRAWN);
  }

  private void withdraw(String directiveId) {
    client
        .newPublishMessageCommand()
        .messageName("directive-withdrawn")
        .correlationKey(directiveId)
        .variables(Map.of("withdrawalReason", "Thôi thực hiện theo Thông báo 12/TB-UBND."))
        .send()
        .join();
  }

  @Test
  void leaderOnTheLadderWithdrawsTheDirective() throws Exception {
    LocalDate assigned = calendar.addWorkingDays(today(), -20);
    LocalDate deadline = calendar.addWorkingDays(today(), -6);
    ProcessInstanceEvent instance = start(PROCESS, directive("NV-LEADER-WD", assigned, deadline));
    ActivatedJob task = awaitUserTask(instance, TASK_DIRECT_OVERDUE_DIRECTIVE);
    client
        .newCompleteCommand(task.getKey())
        .variables(
            Map.of("leaderDirection", "WITHDRAW", "directionNote", "Nhiệm vụ không còn phù hợp."))
        .send()
        .join();
    awaitCompleted(instance);
    assertThat(instance)
        .hasPassedElement(EVENT_WITHDRAWAL_DECIDED)
        .hasPassedElement(ENDEVENT_DIRECTIVE_WITHDRAWN);
    assertThat(stored("NV-LEADER-WD").withdrawalReason()).isEqualTo("Nhiệm vụ không còn phù hợp.");
  }

  @Test
  void leaderOnTheLadderGrantsMoreTime() {
    LocalDate assigned = calendar.addWorkingDays(today(), -20);
    LocalDate deadline = calendar.addWorkingDays(today(), -6);
    ProcessInstanceEvent instance = start(PROCESS, directive("NV-LEADER-EXT", assigned, deadline));
    LocalDate newDeadline = calendar.addWorkingDays(today(), 10);
    completeUserTask(
        instance,
        TASK_DIRECT_OVERDUE_DIRECTIVE,
        Map.of(
            "leaderDirection",
            "EXTEND",
            "newDeadline",
            newDeadline.toString(),
            "completedBy",
            "lanh-dao-pct-kt",
            "completedByName",
            "Phạm Thị Hoa"));
    awaitPassed(
        instance, TASK_RECORD_LEADER_DIRECTION, EVENT_EXTENSION_GRANTED, TASK_APPLY_EXTENSION);
    awaitUserTask(instance, TASK_REPORT_ON_DIRECTIVE);
    // The extension in the history is the vice-chair's, by name.
    assertThat(store.events("NV-LEADER-EXT"))
        .filteredOn(e -> e.type().equals("EXTENDED") || e.type().equals("EXTENSION_APPROVED"))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.performedBy().fullName()).isEqualTo("Phạm Thị Hoa"));
    assertThat(stored("NV-LEADER-EXT").deadline()).isEqualTo(newDeadline);
    assertThat(stored("NV-LEADER-EXT").extensionCount()).isEqualTo(1);
  }

  @Test
  void aLeadersExtensionToADayPastReturnsTheTaskWithWhatToCorrect() {
    LocalDate assigned = calendar.addWorkingDays(today(), -20);
    LocalDate deadline = calendar.addWorkingDays(today(), -6);
    ProcessInstanceEvent instance = start(PROCESS, directive("NV-LEADER-BAD", assigned, deadline));
    completeUserTask(
        instance,
        TASK_DIRECT_OVERDUE_DIRECTIVE,
        Map.of("leaderDirection", "EXTEND", "newDeadline", deadline.minusDays(1).toString()));
    awaitPassed(instance, TASK_RECORD_LEADER_DIRECTION, GATEWAY_LEADER_DIRECTION);
    ActivatedJob again = awaitUserTask(instance, TASK_DIRECT_OVERDUE_DIRECTIVE);
    assertThat((String) again.getVariablesAsMap().get("decisionProblem"))
        .startsWith("Thời hạn mới (")
        .contains("phải sau thời hạn hiện tại");
    assertThat(stored("NV-LEADER-BAD").deadline()).isEqualTo(deadline);
    assertThat(stored("NV-LEADER-BAD").extensionCount()).isZero();
  }

  @Test
  void directiveWithoutDeadlineIsNotChased() throws Exception {
    ProcessInstanceEvent instance = start(PROCESS, directive("NV-NODEADLINE", today(), null));
    awaitPassed(instance, ENDEVENT_NO_DEADLINE);
    // No timer is armed at all: no day, however late, chases it.
    assertThat(armedTimers(instance)).isEmpty();
    assertThat(stored("NV-NODEADLINE").followUps()).isEmpty();
    assertThat(instance)
        .hasVariableWithValue("hasDeadline", false)
        .isWaitingAtElements(TASK_REPORT_ON_DIRECTIVE);
    reportCompleted(instance, today());
    confirm(instance);
    awaitCompleted(instance);
    assertThat(instance).hasVariableWithValue("completedOnTime", true);
  }

  @Test
  void deadlineInWorkingDaysBecomesADate() {
    Map<String, Object> vars = directive("NV-WD", today(), null);
    vars.put("deadlineWorkingDays", 7);
    ProcessInstanceEvent instance = start(PROCESS, vars);
    awaitUserTask(instance, TASK_REPORT_ON_DIRECTIVE);
    assertThat(stored("NV-WD").deadline()).isEqualTo(calendar.addWorkingDays(today(), 7));
  }

  @Test
  void theFormsMarksForTheMonthlyReportAreKeptOnTheDirective() {
    Map<String, Object> vars = directive("NV-CTCT", today(), today().plusDays(20));
    vars.put("workProgrammeItem", true);
    vars.put("centralGovernmentTask", true);
    awaitUserTask(start(PROCESS, vars), TASK_REPORT_ON_DIRECTIVE);
    assertThat(stored("NV-CTCT").workProgrammeItem()).isTrue();
    assertThat(stored("NV-CTCT").centralGovernmentTask()).isTrue();
    awaitUserTask(start(PROCESS, directive("NV-KHONG", today(), null)), TASK_REPORT_ON_DIRECTIVE);
    assertThat(stored("NV-KHONG").workProgrammeItem()).isFalse();
    assertThat(stored("NV-KHONG").centralGovernmentTask()).isFalse();
  }

  @Test
  void aSourceDocumentIsRegisteredOnceAndADirectiveStatingAnotherDateIsSentBack() {
    Map<String, Object> first = directive("NV-SRC-1", today(), today().plusDays(20));
    first.put(
        "sourceDocument",
        Map.of(
            "number",
            "15/NQ-HĐND",
            "date",
            today().minusDays(3).toString(),
            "title",
            "Nghị quyết về kế hoạch đầu tư công"));
    awaitUserTask(start(PROCESS, first), TASK_REPORT_ON_DIRECTIVE);
    assertThat(stored("NV-SRC-1").sourceDocument().kind()).isEqualTo(SourceKind.COUNCIL_RESOLUTION);
    assertThat(sources.find("15/NQ-HĐND").orElseThrow().document().title())
        .isEqualTo("Nghị quyết về kế hoạch đầu tư công");

    // The number alone: the directive gets the registered document's date, kind and title.
    Map<String, Object> second = directive("NV-SRC-2", today(), today().plusDays(20));
    second.put("sourceDocument", Map.of("number", "15/NQ-HĐND"));
    awaitUserTask(start(PROCESS, second), TASK_REPORT_ON_DIRECTIVE);
    assertThat(stored("NV-SRC-2").sourceDocument())
        .isEqualTo(
            new SourceDocument(
                "15/NQ-HĐND",
                today().minusDays(3),
                null,
                SourceKind.COUNCIL_RESOLUTION,
                "Nghị quyết về kế hoạch đầu tư công"));

    // Another date for the same number: back to the office, both dates named.
    Map<String, Object> third = directive("NV-SRC-3", today(), today().plusDays(20));
    third.put(
        "sourceDocument", Map.of("number", "15/NQ-HĐND", "date", today().minusDays(5).toString()));
    ActivatedJob correction = awaitUserTask(start(PROCESS, third), TASK_CORRECT_DIRECTIVE);
    @SuppressWarnings("unchecked")
    List<String> problems = (List<String>) correction.getVariablesAsMap().get("validationErrors");
    assertThat(problems)
        .anyMatch(
            p ->
                p.contains("15/NQ-HĐND đã có trong sổ với ngày " + vn(today().minusDays(3)))
                    && p.contains("ghi ngày " + vn(today().minusDays(5))));
    assertThat(store.find("NV-SRC-3")).isEmpty();
  }

  private static String vn(LocalDate day) {
    return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  private void contribute(
      String directiveId, String agency, String name, String id, String text, String messageId) {
    client
        .newPublishMessageCommand()
        .messageName("directive-contribution")
        .correlationKey(directiveId)
        .messageId(messageId)
        .variables(
            Map.of(
                "contribution",
                Map.of(
                    "contributionId", id,
                    "agency", agency,
                    "agencyName", name,
                    "text", text,
                    "at", "2026-03-10T09:30:00+07:00",
                    "by", Map.of("username", "so-xay-dung-1", "fullName", "Lê Văn Cường"))))
        .send()
        .join();
  }

  @Test
  void aCoordinatingAgencysContributionReachesTheLeadAgencysReportTask() {
    ProcessInstanceEvent instance =
        start(PROCESS, directive("NV-CONTRIB", today(), calendar.addWorkingDays(today(), 10)));
    awaitUserTask(instance, TASK_REPORT_ON_DIRECTIVE);
    contribute(
        "NV-CONTRIB", "SXD", "Sở Xây dựng", "c-1", "Đã thẩm định 5 dự án, gửi số liệu.", "m-1");
    // The same contribution delivered by a second message: kept once.
    contribute(
        "NV-CONTRIB", "SXD", "Sở Xây dựng", "c-1", "Đã thẩm định 5 dự án, gửi số liệu.", "m-2");
    Awaitility.await()
        .atMost(WAIT)
        .pollInSameThread()
        .untilAsserted(
            () -> {
              assertThat(instance)
                  .hasPassedElement(TASK_RECORD_CONTRIBUTION, 2)
                  .hasPassedElement(ENDEVENT_CONTRIBUTION_RECORDED, 2);
            });
    assertThat(stored("NV-CONTRIB").contributions())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.agencyName()).isEqualTo("Sở Xây dựng");
              assertThat(c.by().fullName()).isEqualTo("Lê Văn Cường");
            });
    assertThat(store.events("NV-CONTRIB"))
        .filteredOn(e -> e.type().equals("CONTRIBUTION"))
        .singleElement()
        .satisfies(e -> assertThat(e.description()).contains("Đã thẩm định 5 dự án"));
    // The lead agency's task, still open, shows it (a process variable its form reads).
    ActivatedJob report = awaitUserTask(instance, TASK_REPORT_ON_DIRECTIVE);
    assertThat(report.getVariablesAsMap().get("contributions").toString())
        .contains("Sở Xây dựng")
        .contains("Lê Văn Cường")
        .contains("09:30 10/03/2026");
  }

  @Test
  void invalidInputGoesToTheOfficeToCorrect() {
    Map<String, Object> vars = directive("NV-INVALID", today(), today().minusDays(3));
    vars.put("leadAgency", "SO-KHONG-CO");
    vars.remove("title");
    ProcessInstanceEvent instance = start(PROCESS, vars);

    ActivatedJob correction = awaitUserTask(instance, TASK_CORRECT_DIRECTIVE);
    @SuppressWarnings("unchecked")
    List<String> problems = (List<String>) correction.getVariablesAsMap().get("validationErrors");
    assertThat(problems)
        .anyMatch(p -> p.contains("Thiếu trích yếu"))
        .anyMatch(p -> p.contains("SO-KHONG-CO"))
        .anyMatch(p -> p.contains("trước ngày giao"));
    assertThat(store.find("NV-INVALID")).isEmpty();

    client
        .newCompleteCommand(correction.getKey())
        .variables(
            Map.of(
                "title",
                "Rà soát hồ sơ đất đai",
                "leadAgency",
                "SNNMT",
                "coordinatingAgencies",
                List.of(),
                "deadline",
                calendar.addWorkingDays(today(), 5).toString()))
        .send()
        .join();
    awaitUserTask(instance, TASK_REPORT_ON_DIRECTIVE);
    assertThat(stored("NV-INVALID").leadAgency()).isEqualTo("SNNMT");
    assertThat(instance).hasPassedElement(TASK_CORRECT_DIRECTIVE);
  }

  @Test
  void theSameDirectiveStartedTwiceIsTrackedOnce() {
    ProcessInstanceEvent first =
        start(PROCESS, directive("NV-TWICE", today(), calendar.addWorkingDays(today(), 5)));
    awaitUserTask(first, TASK_REPORT_ON_DIRECTIVE);
    ProcessInstanceEvent second =
        start(PROCESS, directive("NV-TWICE", today(), calendar.addWorkingDays(today(), 5)));
    awaitCompleted(second);
    assertThat(second)
        .hasPassedElement(ENDEVENT_DUPLICATE_IGNORED)
        .hasNotPassedElement(TASK_REPORT_ON_DIRECTIVE);
    assertThat(stored("NV-TWICE").processInstanceKey()).isEqualTo(first.getProcessInstanceKey());
    assertThat(first).isActive();
  }

  @Test
  void aMissingVariableBecomesAnIncidentAtOnceThatSaysWhatToCorrect() {
    // As after an operator moved an instance past the step that sets the variable.
    ProcessInstanceEvent instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(PROCESS)
            .latestVersion()
            .variables(Map.of("directiveId", "NV-NO-LADDER"))
            .startBeforeElement(TASK_PLAN_FOLLOW_UPS)
            .send()
            .join();
    waiting().untilAsserted(() -> assertThat(instance).hasAnyIncidents());
    assertThat(instance)
        .extractingLatestIncident()
        .occurredOnElement(TASK_PLAN_FOLLOW_UPS)
        .extractingErrorMessage()
        .startsWith("Dữ liệu không hợp lệ: biến ladder không có")
        .contains("sửa biến nêu trên trong Operate")
        .doesNotContain("IllegalArgumentException");
    // Bad data is not retried: the one activation failed with no retries left.
    assertThat(
            StreamSupport.stream(BpmnAssert.getRecordStream().jobRecords().spliterator(), false)
                .filter(
                    r -> r.getValue().getProcessInstanceKey() == instance.getProcessInstanceKey())
                .filter(r -> r.getIntent() == JobIntent.FAILED)
                .count())
        .isEqualTo(1);
  }

  @Test
  void anUnreachableIndexBecomesAnIncidentThatSaysSoAndNothingIsLostAfterwards() {
    store.setDown(true);
    ProcessInstanceEvent instance =
        start(PROCESS, directive("NV-DOWN", today(), calendar.addWorkingDays(today(), 5)));
    waiting().untilAsserted(() -> assertThat(instance).hasAnyIncidents());
    assertThat(instance)
        .extractingLatestIncident()
        .occurredOnElement(TASK_REGISTER_DIRECTIVE)
        .isUnresolved()
        .extractingErrorMessage()
        .startsWith("Không kết nối được kho chỉ mục tìm kiếm")
        .contains("dữ liệu không mất")
        .contains("bấm Retry")
        .doesNotContain("\tat ");

    store.setDown(false);
    var incident =
        StreamSupport.stream(BpmnAssert.getRecordStream().incidentRecords().spliterator(), false)
            .filter(r -> r.getValue().getProcessInstanceKey() == instance.getProcessInstanceKey())
            .reduce((a, b) -> b)
            .orElseThrow();
    client.newUpdateRetriesCommand(incident.getValue().getJobKey()).retries(1).send().join();
    client.newResolveIncidentCommand(incident.getKey()).send().join();
    awaitUserTask(instance, TASK_REPORT_ON_DIRECTIVE);
    assertThat(stored("NV-DOWN").status()).isEqualTo(Directive.Status.IN_PROGRESS);
  }
}
