package vn.gov.ubnd.workflow.reportcycle;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.ENDEVENT_SECTION_MISSING;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.ENDEVENT_SUBMITTED;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_ASSIGN_SECTIONS;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_CLOSE_MISSING_SECTION;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_COMPILE_REPORT;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_CORRECT_CYCLE;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_EDIT_DRAFT;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_ISSUE_DOCUMENT;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_REGENERATE_DRAFT;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_REMIND_SIGN_OFF;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_REVIEW_DRAFT;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_REVIEW_SECTION;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_SIGN_OFF;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_SUBMIT_SECTION;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_SUBMIT_TO_COUNCIL;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.documents.DocumentNumber;
import vn.gov.ubnd.workflow.notify.Notice;
import vn.gov.ubnd.workflow.officedocuments.DocumentDirection;
import vn.gov.ubnd.workflow.officedocuments.OfficeDocument;
import vn.gov.ubnd.workflow.testing.HostileCompletion;
import vn.gov.ubnd.workflow.testing.InMemoryDocuments;
import vn.gov.ubnd.workflow.testing.InMemoryOfficeDocuments;
import vn.gov.ubnd.workflow.testing.LocalCouncil;
import vn.gov.ubnd.workflow.testing.ProcessTest;
import vn.gov.ubnd.workflow.testing.ProcessVariables;
import vn.gov.ubnd.workflow.testing.ReportCycleData;

/** Every path of report-cycle, with the real workers, documents and the local council endpoint. */
class ReportCycleProcessTest extends ProcessTest {

  private static final String PROCESS = "report-cycle";
  @Autowired WorkingDayCalendar calendar;
  @Autowired InMemoryOfficeDocuments officeDocuments;
  @Autowired InMemoryDocuments register;

  private void officeRegisterHas(String kind, DocumentDirection direction) {
    LocalDate day = LocalDate.of(today().getYear() - 1, 12, 16);
    officeDocuments.add(
        new OfficeDocument(
            direction,
            "x",
            kind,
            day,
            direction == DocumentDirection.INCOMING ? day : null,
            day,
            null,
            null,
            null,
            null,
            null));
  }

  private Map<String, Object> cycle() {
    return ReportCycleData.annualCycle(
        today().getYear(),
        "Kỳ họp thứ mười tám, HĐND tỉnh khóa X, nhiệm kỳ 2021-2026",
        calendar.addWorkingDays(today(), 40),
        List.of("STC", "SXD", "SYT"),
        calendar.addWorkingDays(today(), 10));
  }

  /** The department's task of this instance for one department. */
  private ActivatedJob sectionTask(
      ProcessInstanceEvent instance, String department, String elementId) {
    ActivatedJob[] found = new ActivatedJob[1];
    waiting()
        .until(
            () -> {
              for (ActivatedJob job :
                  client
                      .newActivateJobsCommand()
                      .jobType(USER_TASK_JOB)
                      .maxJobsToActivate(50)
                      .timeout(Duration.ofMillis(300))
                      .requestTimeout(Duration.ofSeconds(1)) // a long poll could outlast the wait
                      .send()
                      .join()
                      .getJobs()) {
                if (job.getProcessInstanceKey() == instance.getProcessInstanceKey()
                    && job.getElementId().equals(elementId)
                    && department.equals(
                        ((Map<?, ?>) job.getVariablesAsMap().get("assignment"))
                            .get("departmentCode"))) {
                  found[0] = job;
                  return true;
                }
              }
              return false;
            });
    return found[0];
  }

  private void respond(ProcessInstanceEvent instance, String department) {
    client
        .newCompleteCommand(sectionTask(instance, department, TASK_SUBMIT_SECTION).getKey())
        .variables(ReportCycleData.sectionAnswer("Kết quả của " + department + "."))
        .send()
        .join();
  }

  private void review(
      ProcessInstanceEvent instance, String department, String decision, String comment) {
    client
        .newCompleteCommand(sectionTask(instance, department, TASK_REVIEW_SECTION).getKey())
        .variables(
            comment == null
                ? Map.of("reviewDecision", decision)
                : Map.of("reviewDecision", decision, "reviewComment", comment))
        .send()
        .join();
  }

  private void allRespondAndAreAccepted(ProcessInstanceEvent instance, List<String> departments) {
    for (String d : departments) {
      respond(instance, d);
      review(instance, d, "ACCEPTED", null);
    }
  }

  /** The office sends the draft on as the system compiled it. */
  private void submitDraftAsCompiled(ProcessInstanceEvent instance) {
    ActivatedJob edit = awaitUserTask(instance, TASK_EDIT_DRAFT);
    client
        .newCompleteCommand(edit.getKey())
        .variables(Map.of("draftSections", edit.getVariablesAsMap().get("draftSections")))
        .send()
        .join();
  }

  private void editApproveAndSign(ProcessInstanceEvent instance, Map<String, Object> signOff) {
    submitDraftAsCompiled(instance);
    completeUserTask(instance, TASK_REVIEW_DRAFT, Map.of("chiefDecision", "APPROVED"));
    completeUserTask(instance, TASK_SIGN_OFF, signOff);
  }

  @Test
  void allDepartmentsRespondOnTimeAndTheNumberedReportReachesTheCouncil() throws Exception {
    officeDocuments.clear();
    officeRegisterHas("DECISION", DocumentDirection.OUTGOING);
    officeRegisterHas("DECISION", DocumentDirection.OUTGOING);
    officeRegisterHas("OFFICIAL_LETTER", DocumentDirection.OUTGOING);
    officeRegisterHas("OFFICIAL_LETTER", DocumentDirection.INCOMING);
    ProcessInstanceEvent instance = start(PROCESS, cycle());
    ActivatedJob first = sectionTask(instance, "STC", TASK_SUBMIT_SECTION);
    @SuppressWarnings("unchecked")
    Map<String, Object> assignment =
        (Map<String, Object>) first.getVariablesAsMap().get("assignment");
    assertThat((String) assignment.get("sectionTitles"))
        .contains("Về công tác chỉ đạo, điều hành phát triển kinh tế - xã hội");
    assertThat(first.getVariablesAsMap()).containsKey("cycleTitle");
    assertThat(first.getCustomHeaders().get("io.camunda.zeebe:candidateGroups"))
        .contains("so-tai-chinh");
    assertThat(first.getCustomHeaders().get("io.camunda.zeebe:dueDate"))
        .startsWith(calendar.addWorkingDays(today(), 10) + "T17:00");

    allRespondAndAreAccepted(instance, List.of("STC", "SXD", "SYT"));
    ActivatedJob edit = awaitUserTask(instance, TASK_EDIT_DRAFT);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> draft =
        (List<Map<String, Object>>) edit.getVariablesAsMap().get("draftSections");
    Map<String, Object> direction =
        draft.stream().filter(s -> "direction".equals(s.get("key"))).findFirst().orElseThrow();
    assertThat((String) direction.get("text"))
        .startsWith(
            "Trong 3 chỉ tiêu chủ yếu có 3 chỉ tiêu vượt kế hoạch (Tổng thu ngân sách, Tổng thu"
                + " ngân sách, Tổng thu ngân sách), 0 chỉ tiêu đạt kế hoạch và 0 chỉ tiêu không đạt"
                + " kế hoạch.")
        .contains("Kết quả của STC.")
        .contains("Kết quả của SXD.")
        .contains("bằng 107,5% kế hoạch (vượt kế hoạch)");
    // the office's register imported for the period: the documents issued and received
    assertThat(
            (String)
                draft.stream()
                    .filter(s -> "directives".equals(s.get("key")))
                    .findFirst()
                    .orElseThrow()
                    .get("text"))
        .contains(
            "UBND tỉnh, Chủ tịch UBND tỉnh đã ban hành 3 văn bản, trong đó 2 quyết định và 1 công"
                + " văn; tiếp nhận, xử lý 1 văn bản đến.");
    assertThat((String) edit.getVariablesAsMap().get("draftDocumentUrl"))
        .endsWith("-du-thao-1.docx");
    assertThat((String) edit.getVariablesAsMap().get("compileNote")).contains("Tất cả cơ quan");
    client
        .newCompleteCommand(edit.getKey())
        .variables(Map.of("draftSections", draft))
        .send()
        .join();
    completeUserTask(instance, TASK_REVIEW_DRAFT, Map.of("chiefDecision", "APPROVED"));
    completeUserTask(
        instance, TASK_SIGN_OFF, Map.of("signOffDecision", "APPROVED", "signOffSigner", "SELF"));

    awaitCompleted(instance);
    assertThat(instance)
        .hasPassedElementsInOrder(
            TASK_COMPILE_REPORT,
            TASK_EDIT_DRAFT,
            TASK_REGENERATE_DRAFT,
            TASK_REVIEW_DRAFT,
            TASK_SIGN_OFF,
            TASK_ISSUE_DOCUMENT,
            TASK_SUBMIT_TO_COUNCIL,
            ENDEVENT_SUBMITTED)
        .hasVariableWithValue("submittedLate", false)
        .hasVariableWithValue("signerName", "Nguyễn Văn Minh");
    String number = (String) ProcessVariables.of(instance, "documentNumber");
    assertThat(number).matches("\\d{2,}/BC-UBND");
    // The number is claimed under the cycle's own id, never its instance key (keys start again
    // when a cluster is rebuilt), and the drafts are named by it.
    String cycleId = (String) ProcessVariables.of(instance, "cycleId");
    assertThat(UUID.fromString(cycleId)).isNotNull();
    assertThat(register.entries())
        .anySatisfy(
            e -> {
              assertThat(e.requestKey()).isEqualTo("report-cycle-" + cycleId);
              assertThat(new DocumentNumber(e.year(), e.sequence(), e.series()).formatted())
                  .isEqualTo(number);
            });
    assertThat((String) ProcessVariables.of(instance, "draftDocumentUrl"))
        .contains("bao-cao-" + cycleId + "-du-thao-");
    String text = docxText((String) ProcessVariables.of(instance, "finalDocumentUrl"));
    assertThat(text).contains("Số: " + number).contains("CHỦ TỊCH").contains("Nguyễn Văn Minh");
    assertThat(LocalCouncil.received())
        .anyMatch(r -> r.startsWith("report-cycle-" + cycleId) && r.contains(number));
  }

  @Test
  void aReturnedResponseComesBackWithTheOfficesComment() {
    ProcessInstanceEvent instance = start(PROCESS, cycle());
    respond(instance, "STC");
    review(instance, "STC", "RETURNED", "Bổ sung số liệu thu ngân sách quý IV.");
    ActivatedJob again = sectionTask(instance, "STC", TASK_SUBMIT_SECTION);
    @SuppressWarnings("unchecked")
    Map<String, Object> reviewed = (Map<String, Object>) again.getVariablesAsMap().get("review");
    assertThat(reviewed)
        .containsEntry("decision", "RETURNED")
        .containsEntry("comment", "Bổ sung số liệu thu ngân sách quý IV.");
    assertThat(again.getVariablesAsMap()).containsEntry("results", "Kết quả của STC.");
    client
        .newCompleteCommand(again.getKey())
        .variables(ReportCycleData.sectionAnswer("Kết quả của STC, đã bổ sung quý IV."))
        .send()
        .join();
    // The second review reads the answer it reviews from its own copy, made when it began: a
    // variable created with the task, never an older value of one updated since.
    assertThat(
            sectionTask(instance, "STC", TASK_REVIEW_SECTION)
                .getVariablesAsMap()
                .get("sectionUnderReview")
                .toString())
        .contains("đã bổ sung quý IV");
    review(instance, "STC", "ACCEPTED", null);
    allRespondAndAreAccepted(instance, List.of("SXD", "SYT"));
    ActivatedJob edit = awaitUserTask(instance, TASK_EDIT_DRAFT);
    assertThat(edit.getVariablesAsMap().get("draftSections").toString())
        .contains("đã bổ sung quý IV");
  }

  /** A cycle whose finance and construction answers are in and accepted; health says nothing. */
  private ProcessInstanceEvent cycleWaitingOnHealthOnly() {
    ProcessInstanceEvent instance = start(PROCESS, cycle());
    sectionTask(instance, "SYT", TASK_SUBMIT_SECTION);
    allRespondAndAreAccepted(instance, List.of("STC", "SXD"));
    return instance;
  }

  @Test
  void aLateDepartmentIsRemindedThenUrgedAndListedAsLate() {
    ProcessInstanceEvent instance = cycleWaitingOnHealthOnly();
    LocalDate due = calendar.addWorkingDays(today(), 10);

    advanceTo(calendar.addWorkingDays(due, -3).atTime(9, 0));
    awaitNotice("SECTION_REMINDER");
    advanceTo(due.plusDays(1).atTime(2, 0));
    Notice overdue = awaitNotice("SECTION_OVERDUE");
    assertThat(overdue.to().get(0).name()).isEqualTo("Giám đốc Sở Y tế");
    assertThat(overdue.cc()).extracting(r -> r.name()).contains("Văn phòng UBND tỉnh");
    // Only the silent department is reminded.
    assertThat(
            notices.sent().stream()
                .filter(n -> n.kind().startsWith("SECTION_"))
                .map(Notice::subject)
                .collect(Collectors.joining()))
        .doesNotContain("Sở Tài chính");

    respond(instance, "SYT");
    review(instance, "SYT", "ACCEPTED", null);
    ActivatedJob edit = awaitUserTask(instance, TASK_EDIT_DRAFT);
    assertThat(edit.getVariablesAsMap().get("lateDepartments")).isEqualTo(List.of("Sở Y tế"));
    assertThat((String) edit.getVariablesAsMap().get("compileNote"))
        .contains("Gửi muộn")
        .contains("Sở Y tế");
  }

  @Test
  void aSilentDepartmentIsClosedAtTheCutOffAndDoesNotBlockTheCycle() {
    ProcessInstanceEvent instance = cycleWaitingOnHealthOnly();
    LocalDate cutOff = calendar.addWorkingDays(calendar.addWorkingDays(today(), 10), 5);
    advanceTo(cutOff.atTime(18, 0));
    ActivatedJob edit = awaitUserTask(instance, TASK_EDIT_DRAFT);
    assertThat(edit.getVariablesAsMap().get("missingDepartments")).isEqualTo(List.of("Sở Y tế"));
    assertThat((String) edit.getVariablesAsMap().get("compileNote"))
        .contains("Không gửi báo cáo: Sở Y tế");
    assertThat(instance)
        .hasPassedElement(TASK_CLOSE_MISSING_SECTION)
        .hasPassedElement(ENDEVENT_SECTION_MISSING);
  }

  @Test
  void theOfficeChiefReturnsTheDraft() {
    ProcessInstanceEvent instance = start(PROCESS, cycle());
    allRespondAndAreAccepted(instance, List.of("STC", "SXD", "SYT"));
    submitDraftAsCompiled(instance);
    completeUserTask(
        instance,
        TASK_REVIEW_DRAFT,
        Map.of("chiefDecision", "RETURNED", "chiefComment", "Bổ sung phần bài học kinh nghiệm."));
    ActivatedJob again = awaitUserTask(instance, TASK_EDIT_DRAFT);
    assertThat(again.getVariablesAsMap())
        .containsEntry("chiefComment", "Bổ sung phần bài học kinh nghiệm.")
        .containsEntry("draftVersion", 2);
    // The chief's second review and the sign-off read the draft from their own copy, made when
    // each began: the version compiled after the office's edit (3), never the one returned.
    submitDraftAsCompiled(instance);
    @SuppressWarnings("unchecked")
    Map<String, Object> reviewed =
        (Map<String, Object>)
            awaitUserTask(instance, TASK_REVIEW_DRAFT).getVariablesAsMap().get("draftUnderReview");
    assertThat(reviewed).containsEntry("version", 3);
    assertThat((String) reviewed.get("url")).endsWith("-du-thao-3.docx");
    completeUserTask(instance, TASK_REVIEW_DRAFT, Map.of("chiefDecision", "APPROVED"));
    @SuppressWarnings("unchecked")
    Map<String, Object> signed =
        (Map<String, Object>)
            awaitUserTask(instance, TASK_SIGN_OFF).getVariablesAsMap().get("draftUnderReview");
    assertThat(signed).isEqualTo(reviewed);
  }

  @Test
  void aDecisionOutsideTheFormsChoicesReturnsTheWorkAndNeverApprovesIt() {
    // Only an API caller can send these: the forms offer radio buttons. Anything but an explicit
    // approval takes the "return" path (the default flow), never an incident, never an approval.
    ProcessInstanceEvent instance = start(PROCESS, cycle());
    for (String d : List.of("STC", "SXD", "SYT")) {
      respond(instance, d);
    }
    review(instance, "STC", "OK", null);
    respond(instance, "STC");
    review(instance, "STC", "ACCEPTED", null);
    review(instance, "SXD", "ACCEPTED", null);
    review(instance, "SYT", "ACCEPTED", null);
    submitDraftAsCompiled(instance);
    completeUserTask(instance, TASK_REVIEW_DRAFT, Map.of("chiefDecision", "approved"));
    submitDraftAsCompiled(instance);
    completeUserTask(instance, TASK_REVIEW_DRAFT, Map.of("chiefDecision", "APPROVED"));
    completeUserTask(
        instance, TASK_SIGN_OFF, Map.of("signOffDecision", 1, "signOffSigner", "SELF"));
    ActivatedJob third = awaitUserTask(instance, TASK_EDIT_DRAFT);
    assertThat(third.getVariablesAsMap()).containsEntry("draftVersion", 3);
    assertThat(instance)
        .hasPassedElement(TASK_SUBMIT_SECTION, 4)
        .hasPassedElement(TASK_REVIEW_DRAFT, 2)
        .hasPassedElement(TASK_SIGN_OFF, 1)
        .hasNotPassedElement(TASK_ISSUE_DOCUMENT)
        .hasNoIncidents();
  }

  @Test
  void theChairReturnsThenSignsAndTheReminderFiresBeforeTheSubmissionDate() throws Exception {
    ProcessInstanceEvent instance = start(PROCESS, cycle());
    allRespondAndAreAccepted(instance, List.of("STC", "SXD", "SYT"));
    editApproveAndSign(
        instance,
        Map.of("signOffDecision", "RETURNED", "chairComment", "Làm rõ kết quả giải ngân."));
    ActivatedJob edit = awaitUserTask(instance, TASK_EDIT_DRAFT);
    assertThat(edit.getVariablesAsMap()).containsEntry("chairComment", "Làm rõ kết quả giải ngân.");
    client
        .newCompleteCommand(edit.getKey())
        .variables(Map.of("draftSections", edit.getVariablesAsMap().get("draftSections")))
        .send()
        .join();
    completeUserTask(instance, TASK_REVIEW_DRAFT, Map.of("chiefDecision", "APPROVED"));
    awaitUserTask(instance, TASK_SIGN_OFF);
    String reminderAt = (String) ProcessVariables.of(instance, "signOffReminderAt");
    advance(
        Duration.between(OffsetDateTime.now(clock), OffsetDateTime.parse(reminderAt).plusHours(1)));
    awaitNotice("SIGN_OFF_REMINDER");
    completeUserTask(
        instance, TASK_SIGN_OFF, Map.of("signOffDecision", "APPROVED", "signOffSigner", "SELF"));
    awaitCompleted(instance);
    assertThat(instance).hasPassedElement(TASK_REMIND_SIGN_OFF);
  }

  @Test
  void theChairDelegatesTheSignatureToAViceChair() throws Exception {
    ProcessInstanceEvent instance = start(PROCESS, cycle());
    allRespondAndAreAccepted(instance, List.of("STC", "SXD", "SYT"));
    editApproveAndSign(
        instance,
        Map.of(
            "signOffDecision",
            "APPROVED",
            "signOffSigner",
            "DELEGATE",
            "delegateLeader",
            "PCT-KT"));
    awaitCompleted(instance);
    assertThat(instance).hasVariableWithValue("signerName", "Phạm Thị Hoa");
    String text = docxText((String) ProcessVariables.of(instance, "finalDocumentUrl"));
    assertThat(text).contains("KT. CHỦ TỊCH").contains("PHÓ CHỦ TỊCH").contains("Phạm Thị Hoa");
  }

  @Test
  void invalidStartInputGoesToTheOfficeToCorrect() {
    ProcessInstanceEvent instance =
        start(
            PROCESS,
            Map.of(
                "reportKind",
                "THEMATIC",
                "year",
                today().getYear(),
                "departments",
                List.of("STC", "KHONG-CO"),
                "sessionOpeningDate",
                today().minusDays(1).toString()));
    ActivatedJob correction = awaitUserTask(instance, TASK_CORRECT_CYCLE);
    @SuppressWarnings("unchecked")
    List<String> problems = (List<String>) correction.getVariablesAsMap().get("validationErrors");
    assertThat(problems)
        .anyMatch(p -> p.contains("chuyên đề cần có tên"))
        .anyMatch(p -> p.contains("kỳ họp HĐND"))
        .anyMatch(p -> p.contains("đã qua"))
        .anyMatch(p -> p.contains("KHONG-CO"));
    client
        .newCompleteCommand(correction.getKey())
        .variables(
            Map.of(
                "reportTitle",
                    "Báo cáo kết quả thực hiện Nghị quyết về phát triển hạ tầng giao thông",
                "sessionName", "Kỳ họp chuyên đề, HĐND tỉnh khóa X",
                "sessionOpeningDate", calendar.addWorkingDays(today(), 30).toString(),
                "departments", List.of("STC", "SXD"),
                "responseDeadline", calendar.addWorkingDays(today(), 8).toString()))
        .send()
        .join();
    sectionTask(instance, "SXD", TASK_SUBMIT_SECTION);
    assertThat(instance).hasPassedElement(TASK_ASSIGN_SECTIONS);
  }

  @Test
  void aSubmissionAfterTheLeadTimeIsSentAndTheOfficeWarned() {
    ProcessInstanceEvent instance =
        start(
            PROCESS,
            Map.of(
                "reportKind", "HALF_YEAR",
                "year", today().getYear(),
                "sessionName", "Kỳ họp thường lệ giữa năm, HĐND tỉnh khóa X",
                "sessionOpeningDate", calendar.addWorkingDays(today(), 3).toString(),
                "departments", List.of("STC"),
                "responseDeadline", calendar.addWorkingDays(today(), 1).toString()));
    allRespondAndAreAccepted(instance, List.of("STC"));
    editApproveAndSign(instance, Map.of("signOffDecision", "APPROVED", "signOffSigner", "SELF"));
    awaitCompleted(instance);
    assertThat(instance).hasVariableWithValue("submittedLate", true);
    assertThat(notices.sent())
        .anyMatch(n -> n.kind().equals("LATE_SUBMISSION") && n.subject().contains("sau hạn"));
  }

  /** What a hostile completion adds to a form's own fields. */
  private static final HostileCompletion HOSTILE =
      new HostileCompletion(
          Map.of(
              "officeGroup", "so-tai-chinh",
              "officeChiefGroup", "so-tai-chinh",
              "chairGroup", "so-tai-chinh",
              "assignment", Map.of("departmentCode", "SXD", "candidateGroup", "so-tai-chinh"),
              "sessionName", "Kỳ họp khác",
              "year", 1999));

  @Test
  void everyTaskTakesItsFormsFieldsOnly() {
    ProcessInstanceEvent instance = start(PROCESS, cycle());
    ActivatedJob submit = sectionTask(instance, "STC", TASK_SUBMIT_SECTION);
    Map<String, Object> before = HOSTILE.held(instance);
    client
        .newCompleteCommand(submit.getKey())
        .variables(HOSTILE.with(ReportCycleData.sectionAnswer("Kết quả của STC.")))
        .send()
        .join();
    ActivatedJob reviewTask = sectionTask(instance, "STC", TASK_REVIEW_SECTION);
    // The department could not route its review to itself.
    assertThat(reviewTask.getCustomHeaders().get("io.camunda.zeebe:candidateGroups"))
        .contains("van-phong")
        .doesNotContain("so-tai-chinh");
    client
        .newCompleteCommand(reviewTask.getKey())
        .variables(HOSTILE.with(Map.of("reviewDecision", "ACCEPTED")))
        .send()
        .join();
    for (String d : List.of("SXD", "SYT")) {
      respond(instance, d);
      review(instance, d, "ACCEPTED", null);
    }
    ActivatedJob edit = awaitUserTask(instance, TASK_EDIT_DRAFT);
    client
        .newCompleteCommand(edit.getKey())
        .variables(
            HOSTILE.with(Map.of("draftSections", edit.getVariablesAsMap().get("draftSections"))))
        .send()
        .join();
    ActivatedJob chief = awaitUserTask(instance, TASK_REVIEW_DRAFT);
    assertThat(chief.getCustomHeaders().get("io.camunda.zeebe:candidateGroups"))
        .contains("lanh-dao-van-phong");
    client
        .newCompleteCommand(chief.getKey())
        .variables(HOSTILE.with(Map.of("chiefDecision", "APPROVED")))
        .send()
        .join();
    ActivatedJob sign = awaitUserTask(instance, TASK_SIGN_OFF);
    assertThat(sign.getCustomHeaders().get("io.camunda.zeebe:candidateGroups"))
        .contains("lanh-dao-ct");
    client
        .newCompleteCommand(sign.getKey())
        .variables(HOSTILE.with(Map.of("signOffDecision", "APPROVED", "signOffSigner", "SELF")))
        .send()
        .join();
    awaitCompleted(instance);
    assertThat(HOSTILE.held(instance)).isEqualTo(before);
  }

  @Test
  void theCorrectionOfACycleTakesItsFieldsOnly() {
    ProcessInstanceEvent instance =
        start(
            PROCESS,
            Map.of(
                "reportKind", "ANNUAL",
                "year", today().getYear(),
                "departments", List.of("STC", "KHONG-CO"),
                "sessionName", "Kỳ họp thứ mười tám",
                "sessionOpeningDate", calendar.addWorkingDays(today(), 40).toString()));
    ActivatedJob correction = awaitUserTask(instance, TASK_CORRECT_CYCLE);
    Object officeGroup = ProcessVariables.global(instance, "officeGroup").orElse(null);
    // The session's name and the year are fields of this form: the office may correct them.
    Map<String, Object> sent = new LinkedHashMap<>(HOSTILE.without(Set.of("sessionName", "year")));
    sent.put("departments", List.of("STC", "SXD"));
    client.newCompleteCommand(correction.getKey()).variables(sent).send().join();
    ActivatedJob submit = sectionTask(instance, "SXD", TASK_SUBMIT_SECTION);
    assertThat(submit.getCustomHeaders().get("io.camunda.zeebe:candidateGroups"))
        .contains("so-xay-dung");
    assertThat(ProcessVariables.global(instance, "officeGroup"))
        .isEqualTo(Optional.ofNullable(officeGroup));
    assertThat(ProcessVariables.global(instance, "sessionName")).contains("Kỳ họp thứ mười tám");
  }
}
