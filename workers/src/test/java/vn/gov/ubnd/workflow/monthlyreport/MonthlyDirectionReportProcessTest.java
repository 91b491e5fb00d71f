package vn.gov.ubnd.workflow.monthlyreport;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ubnd.workflow.testing.MonthlyReportModel.ENDEVENT_REPORT_SENT;
import static vn.gov.ubnd.workflow.testing.MonthlyReportModel.GATEWAY_REPORT_SIGNED;
import static vn.gov.ubnd.workflow.testing.MonthlyReportModel.STARTEVENT_MONTH_CLOSED;
import static vn.gov.ubnd.workflow.testing.MonthlyReportModel.TASK_COMPLETE_NARRATIVE;
import static vn.gov.ubnd.workflow.testing.MonthlyReportModel.TASK_COMPOSE_MONTHLY_REPORT;
import static vn.gov.ubnd.workflow.testing.MonthlyReportModel.TASK_DRAFT_MONTHLY_REPORT;
import static vn.gov.ubnd.workflow.testing.MonthlyReportModel.TASK_ISSUE_MONTHLY_REPORT;
import static vn.gov.ubnd.workflow.testing.MonthlyReportModel.TASK_SEND_MONTHLY_REPORT;
import static vn.gov.ubnd.workflow.testing.MonthlyReportModel.TASK_SIGN_MONTHLY_REPORT;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.TimerRecordValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.documents.IssuedReport;
import vn.gov.ubnd.workflow.notify.Notice;
import vn.gov.ubnd.workflow.testing.InMemoryDocuments;
import vn.gov.ubnd.workflow.testing.InMemoryMonthlyReports;
import vn.gov.ubnd.workflow.testing.ProcessTest;
import vn.gov.ubnd.workflow.testing.ProcessVariables;
import vn.gov.ubnd.workflow.testing.TestDirective;

/** Every path of monthly-direction-report, with the real workers and documents. */
class MonthlyDirectionReportProcessTest extends ProcessTest {

  private static final String PROCESS = "monthly-direction-report";
  private static final String CANDIDATE_GROUPS = "io.camunda.zeebe:candidateGroups";

  @Autowired InMemoryDocuments documents;
  @Autowired InMemoryMonthlyReports reports;
  @Autowired MonthlyReportIssuing service;
  @Autowired MonthlyReportService drafting;

  private int seq;

  @BeforeEach
  void directivesOfNovember() {
    reports.clear();
    LocalDate assigned = LocalDate.of(2026, 10, 20);
    store.create(directive(assigned, LocalDate.of(2026, 10, 30), LocalDate.of(2026, 10, 28), true));
    store.create(directive(assigned, LocalDate.of(2026, 11, 5), null, false));
    store.create(directive(assigned, LocalDate.of(2026, 12, 30), null, true));
  }

  private Directive directive(
      LocalDate assignedOn, LocalDate deadline, LocalDate completedOn, boolean programme) {
    seq++;
    TestDirective d =
        TestDirective.of("NV-THANG-" + seq)
            .title("Nhiệm vụ tháng số " + seq)
            .agency("STC", "Sở Tài chính")
            .assignedOn(assignedOn)
            .deadline(deadline)
            .workProgramme(programme);
    return completedOn == null ? d.inProgress() : d.completedOn(completedOn);
  }

  private static Object variable(ProcessInstanceEvent instance, String name) {
    return ProcessVariables.of(instance, name);
  }

  @Test
  void theOfficeDraftsTheChiefSignsAndTheNumberedReportIsMailedToTheLeaders() throws Exception {
    ProcessInstanceEvent instance = start(PROCESS, Map.of("reportMonth", "11/2026"));

    ActivatedJob narrative = awaitUserTask(instance, TASK_COMPLETE_NARRATIVE);
    assertThat(narrative.getCustomHeaders().get(CANDIDATE_GROUPS)).contains("van-phong");
    assertThat(variable(instance, "reportMonth")).isEqualTo("2026-11");
    assertThat((String) variable(instance, "figuresText"))
        .contains("Kỳ số liệu: từ ngày 15/10/2026 đến ngày 14/11/2026.")
        .contains("đã giao 3 nhiệm vụ")
        .contains("có 1 nhiệm vụ đã hoàn thành (đạt 33,4%)");
    assertThat((String) variable(instance, "fieldResultsText")).startsWith("Lĩnh vực kinh tế:");
    assertThat(docxText((String) variable(instance, "draftDocumentUrl")))
        .contains("DỰ THẢO")
        .contains("3.1. Chương trình công tác tháng 11/2026 có tổng số 2 nhiệm vụ");

    client
        .newCompleteCommand(narrative.getKey())
        .variables(
            Map.of(
                "directionText", "Tháng 11, UBND tỉnh tập trung chỉ đạo thu ngân sách.",
                "fieldResultsText", "Lĩnh vực kinh tế:\nThu ngân sách đạt 92% dự toán."))
        .send()
        .join();
    ActivatedJob signOff = awaitUserTask(instance, TASK_SIGN_MONTHLY_REPORT);
    assertThat(signOff.getCustomHeaders().get(CANDIDATE_GROUPS)).contains("lanh-dao-van-phong");
    assertThat(variable(instance, "draftVersion")).isEqualTo(2);
    assertThat(docxText((String) variable(instance, "draftDocumentUrl")))
        .contains("Thu ngân sách đạt 92% dự toán.");

    int before = documents.highestSequence("BC-VP", today().getYear());
    client
        .newCompleteCommand(signOff.getKey())
        .variables(
            Map.of(
                "signOffDecision", "APPROVED", "signer", "DEPUTY", "deputyChief", "Lê Quang Hải"))
        .send()
        .join();
    awaitCompleted(instance);
    assertThat(instance)
        .hasPassedElementsInOrder(
            TASK_DRAFT_MONTHLY_REPORT,
            TASK_COMPLETE_NARRATIVE,
            TASK_COMPOSE_MONTHLY_REPORT,
            TASK_SIGN_MONTHLY_REPORT,
            TASK_ISSUE_MONTHLY_REPORT,
            TASK_SEND_MONTHLY_REPORT,
            ENDEVENT_REPORT_SENT);

    String number = (String) variable(instance, "documentNumber");
    assertThat(number).isEqualTo(String.format("%02d/BC-VP", before + 1));
    assertThat(docxText((String) variable(instance, "finalDocumentUrl")))
        .contains("Số: " + number)
        .contains("KT. CHÁNH VĂN PHÒNG")
        .contains("Lê Quang Hải")
        .contains("Thu ngân sách đạt 92% dự toán.")
        .doesNotContain("DỰ THẢO");

    List<Notice> mailed = notices.sentAbout("monthly-report");
    assertThat(mailed).hasSize(1);
    assertThat(mailed.get(0).subject()).contains(number).contains("tháng 11 năm 2026");
    assertThat(mailed.get(0).to()).extracting(r -> r.email()).contains("chutich@ubnd.example");
    assertThat(mailed.get(0).attachments()).hasSize(1);
    assertThat(mailed.get(0).attachments().get(0).fileName()).endsWith("-BC-VP.docx");

    // Number and mail are claimed under the report's own id, never the instance key (keys start
    // again when a cluster is rebuilt).
    String reportId = (String) variable(instance, "reportId");
    assertThat(UUID.fromString(reportId)).isNotNull();
    assertThat(mailed.get(0).noticeId()).isEqualTo("monthly-report:" + reportId);
    assertThat(documents.findByRequest("BC-VP", "monthly-report-" + reportId)).isPresent();

    // A retried issue step gets its number back; nothing is numbered twice.
    IssuedReport again =
        service.issue(
            instance.getProcessInstanceKey(), reportId, OfficeSigner.DEPUTY, "Lê Quang Hải");
    assertThat(again.number().formatted()).isEqualTo(number);
    assertThat(documents.highestSequence("BC-VP", today().getYear())).isEqualTo(before + 1);
  }

  @Test
  void theChiefReturnsTheDraftAndTheOfficeCompletesItAgainWithTheChiefsComment() throws Exception {
    ProcessInstanceEvent instance = start(PROCESS, Map.of("reportMonth", "11/2026"));
    Map<String, Object> narrative =
        Map.of("directionText", "Bản đầu.", "fieldResultsText", "Lĩnh vực kinh tế:\nChưa đủ.");
    completeUserTask(instance, TASK_COMPLETE_NARRATIVE, narrative);
    completeUserTask(
        instance,
        TASK_SIGN_MONTHLY_REPORT,
        Map.of("signOffDecision", "RETURNED", "returnComments", "Bổ sung kết quả thu ngân sách."));

    ActivatedJob again = awaitUserTask(instance, TASK_COMPLETE_NARRATIVE);
    assertThat(instance).hasPassedElementsInOrder(TASK_SIGN_MONTHLY_REPORT, GATEWAY_REPORT_SIGNED);
    assertThat(instance).hasNotPassedElement(TASK_ISSUE_MONTHLY_REPORT);
    assertThat(again.getVariablesAsMap())
        .containsEntry("returnComments", "Bổ sung kết quả thu ngân sách.")
        .containsEntry("directionText", "Bản đầu.");
    client
        .newCompleteCommand(again.getKey())
        .variables(
            Map.of(
                "directionText", "Bản đã sửa.",
                "fieldResultsText", "Lĩnh vực kinh tế:\nThu ngân sách đạt 92%."))
        .send()
        .join();
    completeUserTask(
        instance,
        TASK_SIGN_MONTHLY_REPORT,
        Map.of("signOffDecision", "APPROVED", "signer", "CHIEF"));

    awaitCompleted(instance);
    assertThat(variable(instance, "draftVersion")).isEqualTo(3);
    assertThat(variable(instance, "signerName")).isEqualTo("Trần Thị Bích");
    assertThat(docxText((String) variable(instance, "finalDocumentUrl")))
        .contains("CHÁNH VĂN PHÒNG")
        .doesNotContain("KT. CHÁNH VĂN PHÒNG")
        .contains("Bản đã sửa.")
        .doesNotContain("Bản đầu.");
  }

  /**
   * After a cluster is rebuilt, instance keys start again: a new instance may carry the key of an
   * old one whose report was issued. Its draft is then a new report, not the old one reopened.
   */
  @Test
  void anIssuedReportUnderTheSameKeyIsAnotherInstancesAndIsNotReopened() {
    long reusedKey = 2251799813699999L;
    reports.save(
        new MonthlyReport(
            reusedKey,
            "2025-03",
            null,
            "Tháng 3 năm 2025:",
            null,
            "07/BC-VP",
            "2025-04-16",
            "bao-cao-thang-2025-07-BC-VP.docx",
            OffsetDateTime.now(clock)));
    MonthlyReportService.Drafted drafted = drafting.draft(reusedKey, "11/2026");
    assertThat(drafted.report().month()).isEqualTo("2026-11");
    assertThat(drafted.report().documentNumber()).isNull();
    assertThat(drafted.report().figures()).isNotNull();
  }

  @Test
  void theTimerStartsTheReportOfTheMonthJustClosedOnTheFifteenth() {
    Record<TimerRecordValue> timer =
        waiting().until(() -> startTimer(), Optional::isPresent).orElseThrow();
    Instant due = Instant.ofEpochMilli(timer.getValue().getDueDate());
    LocalDate dueDay = due.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
    assertThat(dueDay.getDayOfMonth()).isEqualTo(15);
    assertThat(due.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).getHour()).isEqualTo(8);
    assertThat(startedByTimer()).isEmpty();

    advance(Duration.between(now(), due).plusMinutes(1));

    long key = waiting().until(this::startedByTimer, Optional::isPresent).orElseThrow();
    ActivatedJob narrative =
        waiting()
            .until(
                () ->
                    client
                        .newActivateJobsCommand()
                        .jobType(USER_TASK_JOB)
                        .maxJobsToActivate(50)
                        .timeout(Duration.ofMillis(200))
                        .requestTimeout(Duration.ofSeconds(1)) // a long poll could outlast the wait
                        .send()
                        .join()
                        .getJobs()
                        .stream()
                        .filter(j -> j.getProcessInstanceKey() == key)
                        .findFirst(),
                Optional::isPresent)
            .orElseThrow();
    assertThat(narrative.getElementId()).isEqualTo(TASK_COMPLETE_NARRATIVE);
    // The month whose period (15th to 14th) ended the day before.
    assertThat(narrative.getVariablesAsMap())
        .containsEntry("reportMonth", YearMonth.from(dueDay).toString());
  }

  @Test
  void aMonthThatIsNoMonthRaisesAnIncidentSayingWhatToWrite() {
    ProcessInstanceEvent instance = start(PROCESS, Map.of("reportMonth", "13/2026"));
    waiting()
        .until(
            () ->
                StreamSupport.stream(
                        BpmnAssert.getRecordStream().incidentRecords().spliterator(), false)
                    .anyMatch(
                        r ->
                            r.getValue().getProcessInstanceKey()
                                == instance.getProcessInstanceKey()));
    assertThat(
            StreamSupport.stream(
                    BpmnAssert.getRecordStream().incidentRecords().spliterator(), false)
                .filter(
                    r -> r.getValue().getProcessInstanceKey() == instance.getProcessInstanceKey())
                .map(r -> r.getValue().getErrorMessage())
                .toList())
        .anyMatch(
            m ->
                m.contains("Tháng báo cáo (reportMonth) \"13/2026\" không hợp lệ")
                    && m.contains("ví dụ 4/2026"));
    assertThat(reports.find(instance.getProcessInstanceKey())).isEmpty();
  }

  /** The monthly timer armed now: created for the start event, not triggered. */
  private Optional<Record<TimerRecordValue>> startTimer() {
    Record<TimerRecordValue> armed = null;
    for (Record<TimerRecordValue> t : BpmnAssert.getRecordStream().timerRecords()) {
      if (!STARTEVENT_MONTH_CLOSED.equals(t.getValue().getTargetElementId())) {
        continue;
      }
      armed = t.getIntent() == TimerIntent.CREATED ? t : null;
    }
    return Optional.ofNullable(armed);
  }

  private Optional<Long> startedByTimer() {
    for (Record<ProcessInstanceRecordValue> r :
        BpmnAssert.getRecordStream().processInstanceRecords()) {
      if (STARTEVENT_MONTH_CLOSED.equals(r.getValue().getElementId())
          && r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED) {
        return Optional.of(r.getValue().getProcessInstanceKey());
      }
    }
    return Optional.empty();
  }
}
