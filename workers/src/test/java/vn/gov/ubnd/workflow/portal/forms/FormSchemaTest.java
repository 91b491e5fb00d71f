package vn.gov.ubnd.workflow.portal.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.portal.PortalRefusal;

/** The server's check of a submitted form, on the project's own forms. */
class FormSchemaTest {

  private final ObjectMapper json = new ObjectMapper();

  private FormSchema form(String id) throws Exception {
    return FormSchema.parse(
        Files.readString(Path.of("../forms/" + id + ".form"), StandardCharsets.UTF_8), json);
  }

  private static Map<String, Object> sectionAnswer() {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("results", "Thu ngân sách vượt dự toán.");
    answer.put(
        "indicators",
        List.of(
            Map.of(
                "name", "Tổng thu ngân sách", "unit", "tỷ đồng", "plan", 20000, "actual", 21500)));
    answer.put("shortcomings", "Giải ngân còn chậm.");
    answer.put("nextTasks", "Đẩy nhanh giải ngân.");
    answer.put("contactPerson", "Nguyễn Văn An, 0251 3822 111");
    answer.put("headApproved", true);
    return answer;
  }

  @Test
  void aCompleteAnswerPasses() throws Exception {
    form("report-section").check(sectionAnswer());
  }

  @Test
  void anEmptyRequiredFieldIsNamedByItsLabel() throws Exception {
    Map<String, Object> answer = sectionAnswer();
    answer.put("results", "  ");
    answer.remove("contactPerson");
    assertThatThrownBy(() -> form("report-section").check(answer))
        .isInstanceOfSatisfying(
            PortalRefusal.class,
            refusal -> {
              assertThat(refusal.status()).isEqualTo(400);
              assertThat(refusal.problems())
                  .extracting(PortalRefusal.FieldProblem::field)
                  .containsExactly("results", "contactPerson");
              assertThat(refusal.getMessage())
                  .contains("trường «Kết quả thực hiện trong lĩnh vực» là bắt buộc")
                  .contains("trường «Người liên hệ (họ tên, điện thoại)» là bắt buộc");
            });
  }

  @Test
  void anUntickedRequiredCheckboxIsEmpty() throws Exception {
    Map<String, Object> answer = sectionAnswer();
    answer.put("headApproved", false);
    assertThatThrownBy(() -> form("report-section").check(answer))
        .hasMessageContaining("«Người đứng đầu cơ quan đã duyệt nội dung báo cáo» là bắt buộc");
  }

  @Test
  void aRowOfADynamicListIsCheckedAndNamedByItsNumber() throws Exception {
    Map<String, Object> answer = sectionAnswer();
    answer.put(
        "indicators",
        List.of(Map.of("name", "Tổng thu", "actual", 1), Map.of("name", "", "actual", 2)));
    assertThatThrownBy(() -> form("report-section").check(answer))
        .isInstanceOfSatisfying(
            PortalRefusal.class,
            refusal ->
                assertThat(refusal.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.field()).isEqualTo("indicators[2].name");
                          assertThat(p.message())
                              .isEqualTo(
                                  "trường «Tên chỉ tiêu» ở dòng 2 của «Chỉ tiêu chủ yếu» là bắt"
                                      + " buộc: hãy điền trước khi gửi");
                        }));
  }

  @Test
  void aFieldTheFormDoesNotHaveIsRefused() throws Exception {
    Map<String, Object> answer = sectionAnswer();
    answer.put("officeGroup", "so-tai-chinh");
    assertThatThrownBy(() -> form("report-section").check(answer))
        .hasMessageContaining("biểu mẫu không có trường \"officeGroup\", không gửi trường này");
  }

  @Test
  void aRequiredFieldShownOnlyUnderAConditionIsLeftToTheFormAndTheWorkers() throws Exception {
    // reviewComment is required only when the office returns the answer.
    form("report-section-review").check(Map.of("reviewDecision", "ACCEPTED"));
    assertThatThrownBy(() -> form("report-section-review").check(Map.of()))
        .hasMessageContaining("là bắt buộc");
  }

  @Test
  void aGroupWithAPathTakesItsFieldsAsAnObject() throws Exception {
    FormSchema registration = form("directive-registration");
    Map<String, Object> directive = new LinkedHashMap<>();
    directive.put("directiveId", "12/TB-UBND");
    directive.put("title", "Triển khai");
    directive.put("leadAgency", "STC");
    directive.put("leaderInCharge", "PCT-KT");
    directive.put("deadlineKind", "NONE");
    directive.put("sourceDocument", Map.of("number", "12/TB-UBND", "issuer", "UBND tỉnh"));
    registration.check(directive);
    directive.put("sourceDocument", Map.of("page", 3));
    assertThatThrownBy(() -> registration.check(directive))
        .hasMessageContaining("biểu mẫu không có trường \"page\"");
  }

  /** A date field is named by the words above its date picker, not by its key. */
  @Test
  void anEmptyDateIsNamedByItsDateLabel() throws Exception {
    assertThatThrownBy(() -> form("report-cycle-start").check(Map.of("reportKind", "ANNUAL")))
        .isInstanceOfSatisfying(
            PortalRefusal.class,
            refusal ->
                assertThat(refusal.getMessage())
                    .contains("«Ngày khai mạc kỳ họp»")
                    .doesNotContain("sessionOpeningDate"));
  }

  /** Every field of every form has words on the screen a refusal can name it by. */
  @Test
  void everyFieldOfEveryFormHasWordsToBeNamedBy() throws Exception {
    List<String> nameless = new ArrayList<>();
    try (var forms = Files.list(Path.of("../forms"))) {
      for (Path file : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
        collectNameless(
            json.readTree(Files.readString(file, StandardCharsets.UTF_8)).path("components"),
            file.getFileName().toString(),
            nameless);
      }
    }
    assertThat(nameless).isEmpty();
  }

  private static void collectNameless(JsonNode components, String form, List<String> nameless) {
    for (var component : components) {
      if (component.hasNonNull("key")
          && !component.path("type").asText().equals("hidden")
          && FormSchema.labelOf(component).equals(component.path("key").asText())) {
        nameless.add(form + ": " + component.path("key").asText());
      }
      collectNameless(component.path("components"), form, nameless);
    }
  }

  /** The office reviewing one section reads that section's answer, not the cycle's collection. */
  @Test
  void aFormReadsTheVariablesItNamesAndNoOthers() throws Exception {
    assertThat(form("report-section-review").variablesRead())
        .containsExactlyInAnyOrder(
            "assignment",
            "cycleTitle",
            "sessionName",
            "sessionOpeningDateText",
            "sectionUnderReview",
            "reviewDecision",
            "reviewComment");
    assertThat(form("report-section-review").variablesAwaited())
        .containsExactly("sectionUnderReview");
    assertThat(form("report-section").variablesAwaited()).isEmpty();
    assertThat(form("report-section").variablesRead())
        .contains("indicators", "results", "review", "cycleTitle")
        .doesNotContain("name", "plan", "actual", "unit", "this");
    assertThat(form("directive-report").variablesRead())
        .contains("title", "directiveId", "completionDate", "extensionDecisionNote")
        .doesNotContain("sectionResults");
  }

  /** Dates that cannot be true are refused where they are typed, named by their label. */
  @Test
  void aCompletionAfterTodayOrBeforeTheTaskWasGivenIsRefused() throws Exception {
    LocalDate today = LocalDate.of(2026, 12, 2);
    Map<String, JsonNode> given =
        Map.of("assignedOn", json.getNodeFactory().textNode("2026-11-20"));
    FormSchema report = form("directive-report");
    assertThat(report.variablesCompared()).containsExactly("assignedOn");
    Map<String, Object> completed = new LinkedHashMap<>();
    completed.put("reportKind", "COMPLETED");
    completed.put("result", "Đã hoàn thành rà soát.");

    completed.put("completionDate", "2026-12-16");
    assertThatThrownBy(() -> report.check(completed, today, given))
        .hasMessageContaining("«Ngày hoàn thành» là 16/12/2026, sau hôm nay (02/12/2026)");
    completed.put("completionDate", "2026-11-19");
    assertThatThrownBy(() -> report.check(completed, today, given))
        .hasMessageContaining("trước ngày giao nhiệm vụ (20/11/2026)");
    completed.put("completionDate", "2026-12-02");
    report.check(completed, today, given);
  }

  @Test
  void aSourceDocumentDatedInTheFutureIsRefused() throws Exception {
    Map<String, Object> registration = new LinkedHashMap<>();
    registration.put("sourceDocument", Map.of("number", "12/TB-UBND", "date", "2027-01-05"));
    assertThatThrownBy(
            () ->
                form("directive-registration")
                    .check(registration, LocalDate.of(2026, 12, 2), Map.of()))
        .isInstanceOfSatisfying(
            PortalRefusal.class,
            refusal ->
                assertThat(refusal.problems())
                    .anySatisfy(
                        p -> {
                          assertThat(p.field()).isEqualTo("sourceDocument.date");
                          assertThat(p.message()).contains("«Ngày ban hành» là 05/01/2027");
                        }));
  }

  /** The draft's sections can be edited, not dropped, added or renamed. */
  @Test
  void theDraftsSectionsComeBackAsTheyWereGiven() throws Exception {
    FormSchema edit = form("report-draft-edit");
    assertThat(edit.variablesCompared()).contains("draftSections");
    Map<String, JsonNode> held =
        Map.of(
            "draftSections",
            json.readTree(
                "[{\"key\":\"economy\",\"heading\":\"A.I.1. Kinh tế\",\"text\":\"a\"},"
                    + "{\"key\":\"society\",\"heading\":\"A.I.2. Xã hội\",\"text\":\"b\"}]"));
    LocalDate today = LocalDate.of(2026, 12, 2);

    Map<String, Object> edited = new LinkedHashMap<>();
    edited.put(
        "draftSections",
        List.of(
            Map.of("key", "economy", "heading", "A.I.1. Kinh tế", "text", "Đã sửa."),
            Map.of("key", "society", "heading", "A.I.2. Xã hội", "text", "Đã sửa nữa.")));
    edit.check(edited, today, held);

    edited.put("draftSections", List.of(Map.of("key", "", "heading", "", "text", "Tất cả.")));
    assertThatThrownBy(() -> edit.check(edited, today, held))
        .hasMessageContaining("«Nội dung từng mục» chỉ được sửa nội dung")
        .hasMessageContaining("đang có 2 mục, gửi lên 1 mục")
        .hasMessageContaining("dòng 1 đổi «Mục» từ \"A.I.1. Kinh tế\"");
  }
}
