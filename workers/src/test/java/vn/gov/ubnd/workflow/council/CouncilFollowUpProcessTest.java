package vn.gov.ubnd.workflow.council;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.ENDEVENT_COMPLETION_CONFIRMED;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.ENDEVENT_DIRECTIVE_COMPLETED;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.EVENT_FOLLOW_UP_DUE;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.EVENT_PETITION_CARRIED_OVER;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.PROCESS;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_ANSWER_PETITION;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_CARRY_OVER_PETITION;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_CONFIRM_COMPLETION;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_CORRECT_DIRECTIVE;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_RECORD_COMPLETION;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_REPORT_ON_DIRECTIVE;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.DirectiveEvent;
import vn.gov.ubnd.workflow.directives.SourceKind;
import vn.gov.ubnd.workflow.testing.ProcessTest;

/**
 * Voters' petitions and questioning commitments run through directive-tracking: the lead agency
 * answers a petition in its own task with a result category, the office accepts or returns it, an
 * answer "đang giải quyết" is carried over to its roadmap's date and followed there.
 */
class CouncilFollowUpProcessTest extends ProcessTest {

  private static final String SESSION = "Kỳ họp thứ 12, HĐND tỉnh khóa X";

  @Autowired WorkingDayCalendar calendar;

  private Map<String, Object> petition(String id, String councilField) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("directiveId", id);
    vars.put("title", "Cử tri đề nghị sớm sửa chữa tuyến đường ĐT 768 đoạn qua xã Thiện Tân");
    vars.put(
        "content", "Mặt đường xuống cấp, nhiều ổ gà, mùa mưa ngập sâu, mất an toàn giao thông.");
    vars.put(
        "sourceDocument",
        Map.of(
            "number",
            "245/TTHĐND-VP",
            "date",
            today().toString(),
            "issuer",
            "Thường trực HĐND tỉnh"));
    vars.put("leadAgency", "SXD");
    vars.put("coordinatingAgencies", List.of("STC"));
    vars.put("leaderInCharge", "PCT-KT");
    vars.put("assignedOn", today().toString());
    Map<String, Object> item = new HashMap<>();
    item.put("kind", "Kiến nghị cử tri");
    item.put("sessionName", SESSION);
    item.put("roundTiming", "sau ky hop");
    item.put("voterLocality", "Xã Thiện Tân");
    item.put("councilField", councilField);
    vars.put("councilItem", item);
    return vars;
  }

  private void answer(ProcessInstanceEvent instance, Map<String, Object> answer) {
    Map<String, Object> vars = new HashMap<>(answer);
    vars.put("reportKind", "COMPLETED");
    vars.put("completionDate", today().toString());
    vars.put("evidenceReference", "512/SXD-KHTC");
    vars.put("completedBy", "so-xay-dung-1");
    vars.put("completedByName", "Lê Minh Tâm");
    completeUserTask(instance, TASK_ANSWER_PETITION, vars);
  }

  private void officeDecides(ProcessInstanceEvent instance, String decision, String reason) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("completionDecision", decision);
    vars.put("completionReturnReason", reason);
    vars.put("completedBy", "van-phong-1");
    vars.put("completedByName", "Nguyễn Thị Lan");
    completeUserTask(instance, TASK_CONFIRM_COMPLETION, vars);
  }

  private Directive stored(String id) {
    return store.find(id).orElseThrow();
  }

  @Test
  void aPetitionIsDueByTheProvincesRuleAnsweredInItsOwnTaskAndClosedWithItsCategory() {
    ProcessInstanceEvent instance = start(PROCESS, petition("KN-12-001", "Kinh te - ngan sach"));

    ActivatedJob task = awaitUserTask(instance, TASK_ANSWER_PETITION);
    LocalDate due = calendar.addWorkingDays(today(), 30);
    assertThat(task.getCustomHeaders())
        .containsEntry("io.camunda.zeebe:candidateGroups", "[\"so-xay-dung\"]");
    Directive registered = stored("KN-12-001");
    assertThat(registered.deadline()).isEqualTo(calendar.onOrNextWorkingDay(due));
    assertThat(registered.sourceDocument().kind()).isEqualTo(SourceKind.COUNCIL_PETITIONS);
    CouncilItem item = registered.councilItem();
    assertThat(item.kind()).isEqualTo(CouncilItemKind.PETITION);
    assertThat(item.roundTiming()).isEqualTo(RoundTiming.AFTER_SESSION);
    assertThat(item.councilField()).isEqualTo("KTNS");
    assertThat(item.councilFieldName()).isEqualTo("Kinh tế - Ngân sách");
    assertThat(task.getVariablesAsMap())
        .containsEntry("itemKind", "PETITION")
        .containsEntry("councilFieldName", "Kinh tế - Ngân sách");

    answer(
        instance,
        Map.of(
            "answerCategory",
            "RESOLVED",
            "result",
            "Đã sửa chữa 3,2 km mặt đường, hoàn thành ngày 20/11/2026."));
    officeDecides(instance, "CONFIRMED", null);

    awaitCompleted(instance);
    assertThat(instance)
        .hasPassedElementsInOrder(
            TASK_ANSWER_PETITION,
            TASK_CONFIRM_COMPLETION,
            ENDEVENT_COMPLETION_CONFIRMED,
            TASK_RECORD_COMPLETION,
            ENDEVENT_DIRECTIVE_COMPLETED)
        .hasNotPassedElement(TASK_REPORT_ON_DIRECTIVE);
    Directive answered = stored("KN-12-001");
    assertThat(answered.status()).isEqualTo(Directive.Status.COMPLETED);
    assertThat(answered.councilItem().answerCategory()).isEqualTo(AnswerCategory.RESOLVED);
    assertThat(answered.result()).startsWith("Đã sửa chữa 3,2 km");
    DirectiveEvent closed =
        store.events("KN-12-001").stream()
            .filter(e -> e.type().startsWith("COMPLETED"))
            .findFirst()
            .orElseThrow();
    assertThat(closed.description()).startsWith("Trả lời kiến nghị (Đã giải quyết xong) ngày ");
  }

  @Test
  void anAnswerStillBeingResolvedIsCarriedOverToItsRoadmapDateAndFollowedThere() {
    ProcessInstanceEvent instance = start(PROCESS, petition("KN-12-002", "KTNS"));
    LocalDate roadmapDate = calendar.addWorkingDays(today(), 60);
    answer(
        instance,
        Map.of(
            "answerCategory", "IN_PROGRESS",
            "result", "Tuyến đường đã có trong kế hoạch đầu tư công trung hạn 2026-2030.",
            "roadmap", "Lập dự án năm 2026, thi công quý II năm 2027.",
            "roadmapDate", roadmapDate.toString()));
    officeDecides(instance, "CONFIRMED", null);

    // The escalation's end event is left as the boundary event interrupts the tracking.
    awaitPassed(instance, EVENT_PETITION_CARRIED_OVER, TASK_CARRY_OVER_PETITION);
    awaitWaitingAt(instance, TASK_ANSWER_PETITION, EVENT_FOLLOW_UP_DUE);
    Directive carried = stored("KN-12-002");
    assertThat(carried.status()).isEqualTo(Directive.Status.IN_PROGRESS);
    assertThat(carried.deadline()).isEqualTo(calendar.onOrNextWorkingDay(roadmapDate));
    assertThat(carried.councilItem().answerCategory()).isEqualTo(AnswerCategory.IN_PROGRESS);
    assertThat(carried.councilItem().roadmap()).startsWith("Lập dự án năm 2026");
    assertThat(carried.councilItem().carryOvers()).isEqualTo(1);
    assertThat(carried.lastProgress()).startsWith("Tuyến đường đã có trong kế hoạch");
    assertThat(instance)
        .hasVariableWithValue("deadline", carried.deadline().toString())
        .hasVariableWithValue("carryOvers", 1);
    // The ladder starts again from the roadmap's date: nothing is due before the reminder ahead of
    // it, which is weeks away.
    Instant next = armedTimers(instance).get(EVENT_FOLLOW_UP_DUE);
    assertThat(next)
        .isAfter(
            calendar
                .addWorkingDays(today(), 30)
                .atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant());
    assertThat(store.events("KN-12-002"))
        .extracting(DirectiveEvent::type)
        .containsOnlyOnce("CARRIED_OVER");

    answer(
        instance,
        Map.of(
            "answerCategory", "RESOLVED", "result", "Đã thi công xong, bàn giao ngày 15/5/2027."));
    officeDecides(instance, "CONFIRMED", null);
    awaitCompleted(instance);
    Directive done = stored("KN-12-002");
    assertThat(done.councilItem().answerCategory()).isEqualTo(AnswerCategory.RESOLVED);
    assertThat(done.councilItem().carryOvers()).as("carried over once, then done").isEqualTo(1);
  }

  @Test
  void aPetitionPastItsAnswerDeadlineIsChasedInThePetitionsWords() {
    Map<String, Object> vars = petition("KN-12-005", "KTNS");
    LocalDate assigned = calendar.addWorkingDays(today(), -40);
    vars.put("assignedOn", assigned.toString());
    vars.put(
        "sourceDocument",
        Map.of(
            "number",
            "246/TTHĐND-VP",
            "date",
            assigned.toString(),
            "issuer",
            "Thường trực HĐND tỉnh"));
    start(PROCESS, vars);

    waiting().until(() -> store.find("KN-12-005").map(Directive::overdue).orElse(false));
    var overdue = notices.sentAbout("KN-12-005").get(0);
    assertThat(overdue.subject())
        .startsWith("[Quá hạn]")
        .contains(": Kiến nghị cử tri: Cử tri đề nghị");
    assertThat(overdue.body())
        .startsWith("Kiến nghị cử tri: Cử tri đề nghị sớm sửa chữa")
        .contains("Kiến nghị đã quá thời hạn trả lời mà chưa có câu trả lời.")
        .doesNotContain("Nhiệm vụ");
  }

  @Test
  void theOfficeReturnsAnAnswerThatMissesTheQuestionAndTheAgencyAnswersAgain() {
    ProcessInstanceEvent instance = start(PROCESS, petition("KN-12-003", "VHXH"));
    answer(
        instance,
        Map.of("answerCategory", "EXPLAINED", "result", "Sở đã tiếp nhận ý kiến của cử tri."));
    officeDecides(instance, "RETURNED", "Chưa trả lời thời điểm sửa chữa và nguồn kinh phí.");

    ActivatedJob again = awaitUserTask(instance, TASK_ANSWER_PETITION);
    assertThat(again.getVariablesAsMap())
        .containsEntry(
            "completionReturnReason", "Chưa trả lời thời điểm sửa chữa và nguồn kinh phí.");
    answer(
        instance,
        Map.of(
            "answerCategory",
            "NOT_RESOLVABLE",
            "result",
            "Chưa bố trí được vốn do nguồn thu sử dụng đất năm 2026 không đạt dự toán."));
    officeDecides(instance, "CONFIRMED", null);
    awaitCompleted(instance);
    assertThat(stored("KN-12-003").councilItem().answerCategory())
        .isEqualTo(AnswerCategory.NOT_RESOLVABLE);
  }

  @Test
  void aPetitionWithoutItsFieldGoesToTheOfficeWithWhatToWrite() {
    Map<String, Object> vars = petition("KN-12-004", "Giao thông");
    ProcessInstanceEvent instance = start(PROCESS, vars);

    ActivatedJob correction = awaitUserTask(instance, TASK_CORRECT_DIRECTIVE);
    @SuppressWarnings("unchecked")
    List<String> problems = (List<String>) correction.getVariablesAsMap().get("validationErrors");
    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith("«Lĩnh vực» \"Giao thông\" không có: ghi một trong «Kinh tế - Ngân sách»");
    assertThat(store.find("KN-12-004")).isEmpty();
  }

  @Test
  void aQuestioningCommitmentIsTrackedLikeADirectiveWithTheOfficialWhoMadeIt() {
    Map<String, Object> vars = new HashMap<>();
    vars.put("directiveId", "CV-12-001");
    vars.put("title", "Hoàn thành bồi thường, giải phóng mặt bằng dự án đường vành đai 3");
    vars.put(
        "sourceDocument",
        Map.of("number", "45/NQ-HĐND", "date", today().toString(), "issuer", "HĐND tỉnh"));
    vars.put("leadAgency", "SNNMT");
    vars.put("leaderInCharge", "PCT-KT");
    vars.put("deadline", calendar.addWorkingDays(today(), 40).toString());
    vars.put(
        "councilItem",
        Map.of(
            "kind", "COMMITMENT",
            "sessionName", SESSION,
            "delegate", "Đại biểu Trần Văn Hùng, Tổ đại biểu huyện Long Thành",
            "answeringOfficial", "Giám đốc Sở Nông nghiệp và Môi trường"));
    ProcessInstanceEvent instance = start(PROCESS, vars);

    awaitUserTask(instance, TASK_REPORT_ON_DIRECTIVE);
    Directive commitment = stored("CV-12-001");
    assertThat(commitment.councilItem().kind()).isEqualTo(CouncilItemKind.COMMITMENT);
    assertThat(commitment.councilItem().answeringOfficial())
        .isEqualTo("Giám đốc Sở Nông nghiệp và Môi trường");
    assertThat(commitment.councilItem().councilField()).isNull();
    assertThat(commitment.sourceDocument().kind()).isEqualTo(SourceKind.COUNCIL_RESOLUTION);
    assertThat(instance).hasVariableWithValue("itemKind", "COMMITMENT");
  }
}
