package vn.gov.ubnd.workflow.councilreport;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ubnd.workflow.testing.CouncilAnswerReportModel.ENDEVENT_ANSWER_REPORT_SENT;
import static vn.gov.ubnd.workflow.testing.CouncilAnswerReportModel.EVENT_ANSWER_REPORT_DUE_SOON;
import static vn.gov.ubnd.workflow.testing.CouncilAnswerReportModel.EVENT_ANSWER_REPORT_OVERDUE;
import static vn.gov.ubnd.workflow.testing.CouncilAnswerReportModel.EVENT_REQUEST_INVALID;
import static vn.gov.ubnd.workflow.testing.CouncilAnswerReportModel.GATEWAY_READY_TO_SIGN;
import static vn.gov.ubnd.workflow.testing.CouncilAnswerReportModel.GATEWAY_REPORT_SIGNED;
import static vn.gov.ubnd.workflow.testing.CouncilAnswerReportModel.PROCESS;
import static vn.gov.ubnd.workflow.testing.CouncilAnswerReportModel.TASK_COMPOSE_SIGNING_COPY;
import static vn.gov.ubnd.workflow.testing.CouncilAnswerReportModel.TASK_CORRECT_ANSWER_REPORT_REQUEST;
import static vn.gov.ubnd.workflow.testing.CouncilAnswerReportModel.TASK_DRAFT_ANSWER_REPORT;
import static vn.gov.ubnd.workflow.testing.CouncilAnswerReportModel.TASK_ISSUE_ANSWER_REPORT;
import static vn.gov.ubnd.workflow.testing.CouncilAnswerReportModel.TASK_PLAN_ANSWER_REPORT;
import static vn.gov.ubnd.workflow.testing.CouncilAnswerReportModel.TASK_REVIEW_ANSWER_REPORT;
import static vn.gov.ubnd.workflow.testing.CouncilAnswerReportModel.TASK_SEND_ANSWER_REPORT;
import static vn.gov.ubnd.workflow.testing.CouncilAnswerReportModel.TASK_SIGN_ANSWER_REPORT;
import static vn.gov.ubnd.workflow.testing.CouncilAnswerReportModel.TASK_WARN_ANSWER_REPORT_DUE;
import static vn.gov.ubnd.workflow.testing.CouncilAnswerReportModel.TASK_WARN_ANSWER_REPORT_OVERDUE;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.ubnd.workflow.council.AnswerCategory;
import vn.gov.ubnd.workflow.council.CouncilItem;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.council.RoundTiming;
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.notify.Notice;
import vn.gov.ubnd.workflow.testing.InMemoryDocuments;
import vn.gov.ubnd.workflow.testing.LocalCouncil;
import vn.gov.ubnd.workflow.testing.ProcessTest;
import vn.gov.ubnd.workflow.testing.ProcessVariables;
import vn.gov.ubnd.workflow.testing.TestDirective;

/**
 * Every path of council-answer-report, with the real workers and documents: the office drafts and
 * reviews, the leader it chose signs or returns, the report is numbered and sent once; a request
 * the office must correct, and the warnings before and at the due date.
 */
class CouncilAnswerReportProcessTest extends ProcessTest {

  private static final String SESSION = "Kỳ họp thứ 12, HĐND tỉnh khóa X";
  private static final String CANDIDATE_GROUPS = "io.camunda.zeebe:candidateGroups";

  @Autowired InMemoryDocuments documents;
  @Autowired AnswerReports reports;

  private int seq;

  private void petition(AnswerCategory answer) {
    CouncilItem item =
        CouncilItem.registered(
            CouncilItemKind.PETITION,
            SESSION,
            RoundTiming.AFTER_SESSION,
            "Phường Bình Phước",
            "KTNS",
            "Kinh tế - Ngân sách",
            null,
            null);
    TestDirective d =
        TestDirective.of(String.format("KN-12-%03d", ++seq))
            .title("Kiến nghị nâng cấp đường số " + seq)
            .agency("SXD", "Sở Xây dựng")
            .assignedOn(today().minusDays(40))
            .deadline(today().plusDays(5));
    store.create(
        answer == null
            ? d.councilItem(item).inProgress()
            : d.councilItem(item.answered(answer)).completedOn(today().minusDays(3)));
  }

  private void commitment(String id, LocalDate deadline, LocalDate doneOn) {
    CouncilItem item =
        CouncilItem.registered(
            CouncilItemKind.COMMITMENT,
            SESSION,
            null,
            null,
            null,
            null,
            "Đại biểu Trần Văn Bình",
            "Giám đốc Sở Y tế");
    TestDirective d =
        TestDirective.of(id)
            .title("Cam kết " + id)
            .agency("SYT", "Sở Y tế")
            .assignedOn(today().minusDays(90))
            .deadline(deadline)
            .councilItem(item);
    store.create(doneOn == null ? d.inProgress() : d.completedOn(doneOn));
  }

  private Map<String, Object> request(String kind, LocalDate opening) {
    return Map.of(
        "councilReportKind",
        kind,
        "sessionName",
        SESSION,
        "nextSessionOpeningDate",
        opening.toString());
  }

  private static Object variable(ProcessInstanceEvent instance, String name) {
    return ProcessVariables.of(instance, name);
  }

  @Test
  void thePetitionsReportIsReviewedSignedByAViceChairNumberedAndSentOnceAsSigned()
      throws Exception {
    petition(AnswerCategory.RESOLVED);
    petition(AnswerCategory.EXPLAINED);
    petition(null);
    LocalDate opening = today().plusDays(40);
    ProcessInstanceEvent instance = start(PROCESS, request("PETITIONS", opening));

    ActivatedJob review = awaitUserTask(instance, TASK_REVIEW_ANSWER_REPORT);
    assertThat(review.getCustomHeaders().get(CANDIDATE_GROUPS)).contains("van-phong");
    assertThat(variable(instance, "dueDate")).isEqualTo(opening.minusDays(10).toString());
    Map<String, Instant> timers = armedTimers(instance);
    assertThat(timers.get(EVENT_ANSWER_REPORT_DUE_SOON))
        .isEqualTo(
            opening.minusDays(15).atTime(8, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    assertThat(timers.get(EVENT_ANSWER_REPORT_OVERDUE))
        .isEqualTo(
            opening.minusDays(10).atTime(8, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    assertThat((String) variable(instance, "resultText"))
        .startsWith("Trong 3 kiến nghị phải giải quyết: đã giải quyết xong 1 kiến nghị (33,4%)");
    assertThat(docxText((String) variable(instance, "draftDocumentUrl")))
        .contains("DỰ THẢO")
        .contains(
            "Kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri trước và sau " + SESSION);

    client
        .newCompleteCommand(review.getKey())
        .variables(
            Map.of(
                "reviewDecision",
                "SUBMIT",
                "signingLeader",
                "PCT-KT",
                "overallAssessment",
                "Các cơ quan đã trả lời đúng hạn phần lớn kiến nghị."))
        .send()
        .join();
    ActivatedJob signOff = awaitUserTask(instance, TASK_SIGN_ANSWER_REPORT);
    assertThat(signOff.getCustomHeaders().get(CANDIDATE_GROUPS)).contains("lanh-dao-pct-kt");
    assertThat(signOff.getVariablesAsMap()).containsEntry("signingLeaderName", "Phạm Thị Hoa");
    assertThat(docxText((String) variable(instance, "draftDocumentUrl")))
        .contains("ĐÁNH GIÁ CHUNG")
        .contains("Các cơ quan đã trả lời đúng hạn phần lớn kiến nghị.");

    // An answer accepted while the leader reads: the issued report says what was signed.
    petition(AnswerCategory.RESOLVED);
    int before = documents.highestSequence("BC-UBND", today().getYear());
    client
        .newCompleteCommand(signOff.getKey())
        .variables(Map.of("signOffDecision", "APPROVED"))
        .send()
        .join();
    awaitCompleted(instance);
    assertThat(instance)
        .hasPassedElementsInOrder(
            TASK_PLAN_ANSWER_REPORT,
            TASK_DRAFT_ANSWER_REPORT,
            TASK_REVIEW_ANSWER_REPORT,
            TASK_COMPOSE_SIGNING_COPY,
            TASK_SIGN_ANSWER_REPORT,
            TASK_ISSUE_ANSWER_REPORT,
            TASK_SEND_ANSWER_REPORT,
            ENDEVENT_ANSWER_REPORT_SENT)
        .hasVariableWithValue("submittedLate", false)
        .hasVariableWithValue("signerName", "Phạm Thị Hoa");
    String number = (String) variable(instance, "documentNumber");
    assertThat(number).isEqualTo(String.format("%02d/BC-UBND", before + 1));
    assertThat(docxText((String) variable(instance, "finalDocumentUrl")))
        .contains("Số: " + number)
        .contains("KT. CHỦ TỊCH")
        .contains("Phạm Thị Hoa")
        .contains("Trong 3 kiến nghị phải giải quyết")
        .doesNotContain("Trong 4 kiến nghị")
        .doesNotContain("DỰ THẢO");
    assertThat(LocalCouncil.received())
        .filteredOn(
            r -> r.startsWith("council-answer-report-" + variable(instance, "answerReportId")))
        .hasSize(1)
        .allMatch(r -> r.contains(number));

    // A retried issue step gets its number back; nothing is numbered twice.
    assertThat(
            reports
                .issue(
                    instance.getProcessInstanceKey(),
                    (String) variable(instance, "answerReportId"),
                    "PCT-KT")
                .number()
                .formatted())
        .isEqualTo(number);
    assertThat(documents.highestSequence("BC-UBND", today().getYear())).isEqualTo(before + 1);
  }

  @Test
  void aRequestNamingNoKnownSessionGoesBackToTheOfficeWithWhatToWrite() {
    petition(AnswerCategory.RESOLVED);
    ProcessInstanceEvent instance =
        start(
            PROCESS,
            Map.of(
                "councilReportKind", "PETITIONS",
                "sessionName", "Kỳ họp thứ 99",
                "nextSessionOpeningDate", today().minusDays(1).toString()));

    ActivatedJob correction = awaitUserTask(instance, TASK_CORRECT_ANSWER_REPORT_REQUEST);
    assertThat(instance).hasPassedElement(EVENT_REQUEST_INVALID);
    @SuppressWarnings("unchecked")
    List<String> problems = (List<String>) correction.getVariablesAsMap().get("validationErrors");
    assertThat(problems)
        .anyMatch(p -> p.contains("Kỳ họp «Kỳ họp thứ 99»") && p.contains(SESSION))
        .anyMatch(p -> p.startsWith("Ngày khai mạc kỳ họp tiếp theo") && p.contains("đã qua"));
    client
        .newCompleteCommand(correction.getKey())
        .variables(request("PETITIONS", today().plusDays(30)))
        .send()
        .join();

    awaitUserTask(instance, TASK_REVIEW_ANSWER_REPORT);
    assertThat(variable(instance, "validationErrors")).isEqualTo(List.of());
    assertThat(variable(instance, "itemCount")).isEqualTo(1);
  }

  @Test
  void theQuestioningReportIsRedraftedThenReturnedByTheChairAndSignedAfterTheOfficesChanges()
      throws Exception {
    commitment("CK-12-001", today().minusDays(30), today().minusDays(40));
    commitment("CK-12-002", today().minusDays(10), null);
    commitment("CK-12-003", today().plusDays(60), null);
    ProcessInstanceEvent instance = start(PROCESS, request("QUESTIONING", today().plusDays(30)));

    completeUserTask(
        instance,
        TASK_REVIEW_ANSWER_REPORT,
        Map.of("reviewDecision", "REDRAFT", "signingLeader", "CT"));
    ActivatedJob again = awaitUserTask(instance, TASK_REVIEW_ANSWER_REPORT);
    assertThat(again.getVariablesAsMap()).containsEntry("draftVersion", 2);
    assertThat((String) again.getVariablesAsMap().get("resultText"))
        .startsWith(
            "Trong 3 nội dung cam kết phải thực hiện: đã hoàn thành 1 nội dung, trong đó đúng hạn 1");
    client
        .newCompleteCommand(again.getKey())
        .variables(Map.of("reviewDecision", "SUBMIT", "signingLeader", "CT"))
        .send()
        .join();
    completeUserTask(
        instance,
        TASK_SIGN_ANSWER_REPORT,
        Map.of("signOffDecision", "RETURNED", "returnComments", "Nêu rõ lý do cam kết quá hạn."));

    ActivatedJob returned = awaitUserTask(instance, TASK_REVIEW_ANSWER_REPORT);
    assertThat(instance).hasPassedElementsInOrder(TASK_SIGN_ANSWER_REPORT, GATEWAY_REPORT_SIGNED);
    assertThat(returned.getVariablesAsMap())
        .containsEntry("returnComments", "Nêu rõ lý do cam kết quá hạn.");
    client
        .newCompleteCommand(returned.getKey())
        .variables(
            Map.of(
                "reviewDecision",
                "SUBMIT",
                "signingLeader",
                "CT",
                "overallAssessment",
                "Cam kết CK-12-002 chậm do chờ vốn."))
        .send()
        .join();
    completeUserTask(instance, TASK_SIGN_ANSWER_REPORT, Map.of("signOffDecision", "APPROVED"));

    awaitCompleted(instance);
    assertThat(instance).hasPassedElement(GATEWAY_READY_TO_SIGN, 3);
    assertThat(variable(instance, "signerName")).isEqualTo("Nguyễn Văn Minh");
    assertThat(docxText((String) variable(instance, "finalDocumentUrl")))
        .contains("Kết quả thực hiện Nghị quyết về hoạt động chất vấn và trả lời chất vấn tại")
        .contains("TM. ỦY BAN NHÂN DÂN")
        .doesNotContain("KT. CHỦ TỊCH")
        .contains("Cam kết CK-12-002 chậm do chờ vốn.")
        .contains("Giám đốc Sở Y tế");
  }

  @Test
  void theOfficeIsWarnedBeforeTheDueDateAndWhenItPassesAndALateReportIsMarked() {
    petition(AnswerCategory.RESOLVED);
    LocalDate due = today().plusDays(10);
    ProcessInstanceEvent instance = start(PROCESS, request("PETITIONS", due.plusDays(10)));
    awaitUserTask(instance, TASK_REVIEW_ANSWER_REPORT);
    assertThat(notices.sentAbout("council-answer-report")).isEmpty();

    advanceTo(due.minusDays(5).atTime(8, 1));
    Notice soon = awaitNotice("ANSWER_REPORT_DUE_SOON");
    assertThat(soon.subject()).contains("hạn gửi Thường trực HĐND " + OfficeInput.vn(due));
    assertThat(soon.to()).extracting(r -> r.email()).contains("vanphong@ubnd.example");
    advanceTo(due.plusDays(1).atTime(9, 0));
    Notice overdue = awaitNotice("ANSWER_REPORT_OVERDUE");
    assertThat(overdue.subject()).startsWith("[Quá hạn]");
    awaitPassed(instance, TASK_WARN_ANSWER_REPORT_DUE, TASK_WARN_ANSWER_REPORT_OVERDUE);

    // The warnings leave the office's work where it was.
    completeUserTask(
        instance,
        TASK_REVIEW_ANSWER_REPORT,
        Map.of("reviewDecision", "SUBMIT", "signingLeader", "PCT-TT"));
    completeUserTask(instance, TASK_SIGN_ANSWER_REPORT, Map.of("signOffDecision", "APPROVED"));
    awaitCompleted(instance);
    assertThat(instance).hasVariableWithValue("submittedLate", true);
    assertThat(notices.sentAbout("council-answer-report")).hasSize(2);
  }
}
