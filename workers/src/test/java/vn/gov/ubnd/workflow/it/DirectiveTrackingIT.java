package vn.gov.ubnd.workflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.gov.ubnd.workflow.it.support.WorkersApi.awaitImported;
import static vn.gov.ubnd.workflow.it.support.WorkersApi.upload;
import static vn.gov.ubnd.workflow.it.support.WorkersApi.uploadAs;
import static vn.gov.ubnd.workflow.it.support.WorkersApi.verdicts;
import static vn.gov.ubnd.workflow.it.support.WorkersApi.workers;
import static vn.gov.ubnd.workflow.it.support.WorkersApi.workersAs;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_ANSWER_PETITION;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_CONFIRM_COMPLETION;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_REPORT_ON_DIRECTIVE;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.directives.imports.ImportMemoryLimitsTest;
import vn.gov.ubnd.workflow.it.support.Accounts;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.it.support.NeedToKnow;
import vn.gov.ubnd.workflow.it.support.RealStackTest;
import vn.gov.ubnd.workflow.it.support.WorkersApi;
import vn.gov.ubnd.workflow.it.support.WorkingDays;

/**
 * The whole stack as users meet it: the worker application deployed the models and forms,
 * directives imported from a file run in Zeebe, show in Operate, their tasks in Tasklist, and the
 * statistics endpoint counts them from the index.
 */
class DirectiveTrackingIT extends RealStackTest {

  private static final Duration EXPORT_WAIT = Duration.ofSeconds(90);

  /** The office confirms the reported completion, and the instance ends. */
  private void confirmCompletion(long key) throws Exception {
    camunda.complete(
        camunda.awaitTasks(key, TASK_CONFIRM_COMPLETION, 1).get(0),
        Map.of("completionDecision", "CONFIRMED"));
    camunda.awaitInstanceState(key, "COMPLETED");
  }

  /** A wait for what the exporter and the index show, which follows the engine by seconds. */
  private static ConditionFactory exported() {
    return await().atMost(EXPORT_WAIT).pollInterval(Duration.ofSeconds(2));
  }

  @BeforeAll
  static void formsImported() {
    camunda.awaitForms(List.of("directive-report", "directive-completion-review"));
  }

  @Test
  void theWorkersAreHealthyAndDeployedTheModels() throws Exception {
    JsonNode health =
        JSON.readTree(
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(LocalStack.WORKERS + "/actuator/health"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    assertThat(health.path("status").asText()).isEqualTo("UP");
    // Which search cluster and gateway the workers use is for managers, not for anyone who asks.
    assertThat(health.has("components")).isFalse();
    assertThat(health.toString()).doesNotContain("9200").doesNotContain("26500");

    exported()
        .until(
            () ->
                camunda
                        .post(
                            "/v1/process-definitions/search",
                            Map.of("filter", Map.of("bpmnProcessId", "directive-tracking")))
                        .path("items")
                        .size()
                    > 0);
    JsonNode definition =
        camunda
            .post(
                "/v1/process-definitions/search",
                Map.of("filter", Map.of("bpmnProcessId", "directive-tracking")))
            .path("items")
            .get(0);
    assertThat(definition.path("name").asText()).isEqualTo("Theo dõi nhiệm vụ UBND tỉnh giao");
  }

  /**
   * No upload stops the application: an .xlsx whose one cell inflates to 190 MB (packed some thirty
   * times, under the archive guard) is refused in Vietnamese, the workers stay UP, and the next
   * import (the test below) works.
   */
  @Test
  void aCellOf190MegabytesIsRefusedAndTheWorkersStayUp() throws Exception {
    byte[] workbook = ImportMemoryLimitsTest.hugeCellWorkbook(190L * 1024 * 1024);
    String boundary = "----ubnd" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"o-lon.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(workbook);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> refused =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(LocalStack.WORKERS + "/api/directives/imports"))
                    .header("Authorization", "Bearer " + Accounts.token(Accounts.OFFICE))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("json");
    assertThat(JSON.readTree(refused.body()).path("error").asText())
        .startsWith("Ô B2 dài hơn 32767 ký tự");
    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(LocalStack.WORKERS + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(health.body()).contains("\"status\":\"UP\"");
    // And the next list is imported as usual.
    String id = "IT-" + Long.toString(System.nanoTime(), 36) + "-SAU";
    JsonNode next =
        JSON.readTree(
            upload(
                "sau-tep-lon.csv",
                "Số hiệu,Trích yếu,Đơn vị chủ trì,Lãnh đạo phụ trách,Ngày giao,Thời hạn\n"
                    + id
                    + ",Kiểm tra sau tệp lớn,Sở Tài chính,PCT-KT,2001-01-03,2099-12-31\n"));
    assertThat(awaitImported(next.path("importId").asText()).path("started").asInt()).isEqualTo(1);
  }

  @Test
  void importedDirectivesRunThroughOperateAndTasklistAndAreCounted() throws Exception {
    // A day of its own in the past, so that earlier runs on the same stack do not count.
    LocalDate day =
        LocalDate.of(
            2000 + ThreadLocalRandom.current().nextInt(19),
            1 + ThreadLocalRandom.current().nextInt(12),
            3);
    String run = Long.toString(System.nanoTime(), 36);
    String onTime = "IT-" + run + "-1";
    String late = "IT-" + run + "-2";
    String csv =
        "Số hiệu,Trích yếu,Đơn vị chủ trì,Lãnh đạo phụ trách,Ngày giao,Thời hạn\n"
            + onTime
            + ",Báo cáo tiến độ giải ngân vốn đầu tư công,Sở Tài chính,PCT-KT,"
            + day
            + ",2099-12-31\n"
            + late
            + ",Rà soát quy hoạch sử dụng đất,SNNMT,PCT-KT,"
            + day
            + ","
            + day.plusDays(7)
            + "\n"
            + "IT-"
            + run
            + "-3,Nhiệm vụ của đơn vị không có,Sở Không Có,PCT-KT,"
            + day
            + ",\n";
    JsonNode accepted = JSON.readTree(upload("giao-viec.csv", csv));
    assertThat(accepted.path("status").asText()).isEqualTo("RUNNING");
    assertThat(accepted.path("rows").asInt()).isEqualTo(3);
    JsonNode imported = awaitImported(accepted.path("importId").asText());
    assertThat(imported.path("started").asInt()).isEqualTo(2);
    assertThat(imported.path("rejected").asInt()).isEqualTo(1);
    assertThat(imported.path("remaining").asInt()).isZero();
    JsonNode rows = verdicts(accepted.path("importId").asText());
    assertThat(rows.get(2).path("problems").get(0).asText()).contains("Sở Không Có");
    // The verdict workbook downloads on the API's path and the portal's, with the file's rows and
    // the two verdict columns.
    for (String base : List.of("/api/directives", "/api/portal/directives")) {
      verdictWorkbookHasTheRows(base, accepted.path("importId").asText());
    }
    long onTimeKey = rows.get(0).path("processInstanceKey").asLong();
    long lateKey = rows.get(1).path("processInstanceKey").asLong();

    // Operate shows both instances.
    camunda.awaitInstanceState(onTimeKey, "ACTIVE");
    camunda.awaitInstanceState(lateKey, "ACTIVE");

    // The lead agency's task is in Tasklist, for its group, with its form; complete it there.
    JsonNode report = camunda.awaitTasks(onTimeKey, TASK_REPORT_ON_DIRECTIVE, 1).get(0);
    // Need to know: the agency opening its task in the portal gets its directive, not the
    // follow-up's plan, ladder and the groups it notifies (Operate shows those to managers).
    assertThat(awaitOperateVariables(onTimeKey, "followUpPlan", "ladder", "officeGroup"))
        .isNotEmpty();
    String opened = NeedToKnow.open(Accounts.FINANCE, report.path("id").asText());
    assertThat(opened).contains(onTime).doesNotContain("@");
    assertThat(JSON.readTree(opened).path("variables").fieldNames())
        .toIterable()
        .contains("directiveId", "title")
        .doesNotContain("followUpPlan", "ladder", "nextFollowUp", "officeGroup", "leaderGroup");
    assertThat(report.path("name").asText()).isEqualTo("Báo cáo kết quả thực hiện nhiệm vụ");
    assertThat(report.path("candidateGroups").toString()).contains("so-tai-chinh");
    assertThat(report.path("formId").asText()).isEqualTo("directive-report");
    JsonNode form =
        camunda.get(
            "/v1/forms/directive-report?processDefinitionKey="
                + report.path("processDefinitionKey").asText());
    assertThat(form.path("schema").asText())
        .contains("Báo cáo kết quả thực hiện nhiệm vụ")
        .contains("Đơn vị chủ trì");
    camunda.complete(
        report,
        Map.of(
            "reportKind", "COMPLETED",
            "result", "Đã giải ngân 92% kế hoạch vốn.",
            "completionDate", day.plusDays(2).toString()));
    confirmCompletion(onTimeKey);

    // The late one climbed the ladder at once; withdraw it through the message.
    exported().until(() -> statistics(day).path("overdue").asInt() == 1);
    zeebe
        .newPublishMessageCommand()
        .messageName("directive-withdrawn")
        .correlationKey(late)
        .variables(
            Map.of("withdrawalReason", "Thôi thực hiện theo kết luận của Chủ tịch UBND tỉnh."))
        .send()
        .join();
    camunda.awaitInstanceState(lateKey, "COMPLETED");

    JsonNode stats = statistics(day);
    assertThat(stats.path("assigned").asInt()).isEqualTo(2);
    assertThat(stats.path("completedOnTime").asInt()).isEqualTo(1);
    assertThat(stats.path("withdrawn").asInt()).isEqualTo(1);
    assertThat(stats.path("overdue").asInt()).isZero();
    assertThat(stats.path("summary").path("base").asInt()).isEqualTo(1);
    assertThat(stats.path("summary").path("done").path("percentText").asText()).isEqualTo("100,0%");
  }

  /**
   * A coordinating agency sends its contribution from the portal's API; the lead agency sees it in
   * the report task it opens, and the directive's history has it with the person. The lead agency
   * and an agency with no part in it cannot send one.
   */
  @Test
  void aCoordinatingAgencysContributionReachesTheLeadAgencysReportTask() throws Exception {
    String directiveId = "IT-" + Long.toString(System.nanoTime(), 36).toUpperCase() + "-PH";
    long key =
        zeebe
            .newCreateInstanceCommand()
            .bpmnProcessId("directive-tracking")
            .latestVersion()
            .variables(
                Map.of(
                    "directiveId",
                    directiveId,
                    "title",
                    "Đẩy nhanh giải phóng mặt bằng dự án đường tỉnh 768",
                    "leadAgency",
                    "STC",
                    "coordinatingAgencies",
                    List.of("SXD"),
                    "leaderInCharge",
                    "PCT-KT",
                    "assignedOn",
                    LocalDate.now().toString(),
                    "deadline",
                    WorkingDays.ahead(20).toString()))
            .send()
            .join()
            .getProcessInstanceKey();
    String task = camunda.awaitTasks(key, TASK_REPORT_ON_DIRECTIVE, 1).get(0).path("id").asText();
    String text = "Sở Xây dựng đã thẩm định thiết kế 3 gói thầu; đề nghị bố trí vốn quý III.";
    String path = "/api/portal/register/contributions";
    HttpResponse<String> sent =
        WorkersApi.answerAs(
            Accounts.CONSTRUCTION, "POST", path, Map.of("directiveId", directiveId, "text", text));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
    HttpResponse<String> lead =
        WorkersApi.answerAs(
            Accounts.FINANCE, "POST", path, Map.of("directiveId", directiveId, "text", "Ý kiến"));
    assertThat(lead.statusCode()).isEqualTo(403);
    assertThat(lead.body()).contains("Đơn vị chủ trì báo cáo trong việc");
    HttpResponse<String> stranger =
        WorkersApi.answerAs(
            Accounts.HOME_AFFAIRS,
            "POST",
            path,
            Map.of("directiveId", directiveId, "text", "Ý kiến"));
    assertThat(stranger.statusCode()).isEqualTo(403);
    HttpResponse<String> empty =
        WorkersApi.answerAs(
            Accounts.CONSTRUCTION, "POST", path, Map.of("directiveId", directiveId, "text", " "));
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("«Ý kiến phối hợp» chưa có nội dung");

    // A second one with its file, as the portal's form sends it; a program named .pdf is refused
    // naming the field, and nothing of it is sent.
    byte[] pdf =
        ("%PDF-1.4\n% Bảng số liệu giải ngân " + directiveId + "\n%%EOF\n")
            .getBytes(StandardCharsets.UTF_8);
    String fileName = "Bảng số liệu thẩm định.pdf";
    HttpResponse<String> withFile =
        Accounts.sendForm(
            LocalStack.WORKERS + path,
            Accounts.token(Accounts.CONSTRUCTION),
            Map.of("directiveId", directiveId, "text", "Gửi kèm bảng số liệu thẩm định."),
            fileName,
            pdf);
    assertThat(withFile.statusCode()).as(withFile.body()).isEqualTo(202);
    HttpResponse<String> program =
        Accounts.sendForm(
            LocalStack.WORKERS + path,
            Accounts.token(Accounts.CONSTRUCTION),
            Map.of("directiveId", directiveId, "text", "Tệp lạ"),
            "so-lieu.pdf",
            new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
    assertThat(program.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(program.body()).path("error").asText())
        .isEqualTo(
            "«Tệp kèm theo ý kiến phối hợp»: nội dung tệp \"so-lieu.pdf\" không phải tệp PDF như"
                + " tên tệp ghi: mở tệp bằng phần mềm của nó, lưu lại đúng loại rồi gửi lại.");

    // The lead agency opens its task and reads both, the file linked (once Tasklist has them).
    exported()
        .until(
            () -> {
              String opened = NeedToKnow.open(Accounts.FINANCE, task);
              return opened.contains("bố trí vốn quý III") && opened.contains(fileName);
            });
    JsonNode shown =
        JSON.readTree(NeedToKnow.open(Accounts.FINANCE, task))
            .path("variables")
            .path("contributions");
    String fileUrl = "";
    for (JsonNode contribution : shown) {
      fileUrl = contribution.path("fileUrl").asText(fileUrl);
    }
    assertThat(fileUrl).startsWith("/api/portal/attachments/");
    assertThat(shown.toString()).doesNotContain("Tệp lạ");
    for (String reader : List.of(Accounts.FINANCE, Accounts.CONSTRUCTION, Accounts.OFFICE)) {
      HttpResponse<byte[]> file =
          Accounts.download(LocalStack.WORKERS + fileUrl, Accounts.token(reader));
      assertThat(file.statusCode()).as(reader).isEqualTo(200);
      assertThat(file.body()).isEqualTo(pdf);
      assertThat(file.headers().firstValue("Content-Type")).contains("application/pdf");
      assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
          .contains("filename*=UTF-8''B%E1%BA%A3ng");
    }
    HttpResponse<byte[]> outsider =
        Accounts.download(LocalStack.WORKERS + fileUrl, Accounts.token(Accounts.HOME_AFFAIRS));
    assertThat(outsider.statusCode()).isEqualTo(403);
    assertThat(new String(outsider.body(), StandardCharsets.UTF_8))
        .contains("không do Sở Nội vụ chủ trì hay phối hợp");
    assertThat(
            Accounts.download(
                    LocalStack.WORKERS + "/api/portal/attachments/" + UUID.randomUUID(),
                    Accounts.token(Accounts.FINANCE))
                .statusCode())
        .isEqualTo(404);

    JsonNode page =
        JSON.readTree(
            workersAs(
                Accounts.CONSTRUCTION,
                "GET",
                "/api/portal/register/directive?id=" + directiveId,
                null,
                null));
    assertThat(page.toString()).contains("Ý kiến phối hợp").contains("Phối hợp").contains(text);
    assertThat(page.path("contributions")).hasSize(2);
    assertThat(page.path("contributions").findValuesAsText("fileName")).containsExactly(fileName);
  }

  /**
   * The Standing Committee's list of voters' petitions, as the office saves it from Excel (CSV
   * UTF-8 with its mark), goes in through the portal's import: a row with a field the Council does
   * not have is refused by row and column; the construction department answers its petition in its
   * portal task "đang giải quyết" with a roadmap, the office accepts, the petition is carried over
   * to the roadmap's date; the coordinating finance department sees it, home affairs does not; the
   * final answer closes it with its category.
   */
  @Test
  void theStandingCommitteesPetitionsAreImportedAnsweredCarriedOverAndClosed() throws Exception {
    String run = Long.toString(System.nanoTime(), 36).toUpperCase();
    String forwarding = run + "/TTHĐND-VP";
    String session = "Kỳ họp chuyên đề " + run;
    // The province's day, as the import and the forms take it (not the machine's UTC date).
    String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    String csv =
        "\uFEFFSTT,Nội dung kiến nghị,Cử tri,Lĩnh vực,Kỳ họp,Thời điểm tiếp xúc cử tri,Số văn"
            + " bản,Ngày văn bản,Đơn vị chủ trì,Đơn vị phối hợp,Lãnh đạo phụ trách\n"
            + "1,\"Cử tri đề nghị sửa chữa tuyến đường ĐT 768, đoạn qua xã Thiện Tân, mặt đường"
            + " xuống cấp\",Xã Thiện Tân,Kinh tế - Ngân sách,"
            + session
            + ",Sau kỳ họp,"
            + forwarding
            + ","
            + today
            + ",Sở Xây dựng,Sở Tài chính,PCT-KT\n"
            + "2,Cử tri đề nghị bố trí đủ giáo viên cho điểm trường,Xã Phú Lý,Giáo dục,"
            + session
            + ",Sau kỳ họp,"
            + forwarding
            + ","
            + today
            + ",Sở Giáo dục và Đào tạo,,PCT-VX\n";
    JsonNode accepted =
        JSON.readTree(
            uploadAs(Accounts.OFFICE, "/api/portal/directives/imports", "kien-nghi.csv", csv));
    JsonNode imported = awaitImported(accepted.path("importId").asText());
    assertThat(imported.path("started").asInt()).isEqualTo(1);
    assertThat(imported.path("rejected").asInt()).isEqualTo(1);
    JsonNode rows = verdicts(accepted.path("importId").asText());
    assertThat(rows.get(1).path("problems").get(0).asText())
        .startsWith("«Lĩnh vực» \"Giáo dục\" không có: ghi một trong «Kinh tế - Ngân sách»");
    String petition = "KN-" + forwarding + "-001";
    long key = rows.get(0).path("processInstanceKey").asLong();

    // The lead department's task is the petition's own, with its form and its line in the list.
    JsonNode task = camunda.awaitTasks(key, TASK_ANSWER_PETITION, 1).get(0);
    assertThat(task.path("name").asText()).isEqualTo("Trả lời kiến nghị cử tri");
    assertThat(task.path("formId").asText()).isEqualTo("petition-answer");
    String taskId = task.path("id").asText();
    exported()
        .until(
            () ->
                portalTasks(Accounts.CONSTRUCTION)
                    .toString()
                    .contains("Nhiệm vụ " + petition + ": Cử tri đề nghị sửa chữa"));
    exported()
        .until(
            () -> NeedToKnow.open(Accounts.CONSTRUCTION, taskId).contains("Kinh tế - Ngân sách"));
    String roadmapDate = WorkingDays.ahead(80).toString();
    HttpResponse<String> answered =
        WorkersApi.answerAs(
            Accounts.CONSTRUCTION,
            "POST",
            "/api/portal/tasks/" + taskId + "/complete",
            Map.of(
                "reportKind", "COMPLETED",
                "answerCategory", "IN_PROGRESS",
                "result", "Tuyến đường có trong kế hoạch đầu tư công trung hạn 2026-2030.",
                "roadmap", "Lập dự án năm 2026, thi công quý II năm 2027.",
                "roadmapDate", roadmapDate,
                "completionDate", today));
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    String review = camunda.awaitTasks(key, TASK_CONFIRM_COMPLETION, 1).get(0).path("id").asText();
    exported().until(() -> NeedToKnow.open(Accounts.OFFICE, review).contains("IN_PROGRESS"));
    HttpResponse<String> confirmed =
        WorkersApi.answerAs(
            Accounts.OFFICE,
            "POST",
            "/api/portal/tasks/" + review + "/complete",
            Map.of("completionDecision", "CONFIRMED"));
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);

    // Carried over: followed to the roadmap's date, on the petition's page for those concerned.
    String page = "/api/portal/register/directive?id=" + petition.replace("/", "%2F");
    exported()
        .until(
            () ->
                JSON.readTree(workersAs(Accounts.OFFICE, "GET", page, null, null))
                        .path("councilItem")
                        .path("carryOvers")
                        .asInt()
                    == 1);
    JsonNode carried = JSON.readTree(workersAs(Accounts.FINANCE, "GET", page, null, null));
    assertThat(carried.path("row").path("role").asText()).isEqualTo("Phối hợp");
    assertThat(carried.path("councilItem").path("kind").asText()).isEqualTo("Kiến nghị cử tri");
    assertThat(carried.path("councilItem").path("answerCategory").asText())
        .isEqualTo("Đang giải quyết");
    assertThat(carried.path("councilItem").path("roundTiming").asText()).isEqualTo("Sau kỳ họp");
    assertThat(carried.path("councilItem").path("voterLocality").asText())
        .isEqualTo("Xã Thiện Tân");
    assertThat(carried.path("sourceDocument").path("kind").asText())
        .isEqualTo("Văn bản chuyển kiến nghị cử tri của Thường trực HĐND");
    assertThat(carried.path("row").path("deadline").asText())
        .isEqualTo(carried.path("councilItem").path("roadmapDate").asText());
    assertThat(WorkersApi.answerAs(Accounts.HOME_AFFAIRS, "GET", page, null).statusCode())
        .isEqualTo(403);

    // The session's figures: the office sees the province, home affairs none of it.
    String figures =
        "/api/portal/council/petitions?session="
            + URLEncoder.encode(session, StandardCharsets.UTF_8);
    JsonNode province = JSON.readTree(workersAs(Accounts.OFFICE, "GET", figures, null, null));
    assertThat(province.path("total").path("count").asInt()).isEqualTo(1);
    assertThat(province.path("total").path("outcomes").path("IN_PROGRESS").asInt()).isEqualTo(1);
    assertThat(province.path("carriedOver").asInt()).isEqualTo(1);
    assertThat(province.path("byField").get(0).path("name").asText())
        .isEqualTo("Kinh tế - Ngân sách");
    assertThat(province.path("byAgency").get(0).path("name").asText()).isEqualTo("Sở Xây dựng");
    assertThat(province.path("outcomes").path("IN_PROGRESS").asText()).isEqualTo("Đang giải quyết");
    assertThat(
            JSON.readTree(workersAs(Accounts.HOME_AFFAIRS, "GET", figures, null, null))
                .path("total")
                .path("count")
                .asInt())
        .isZero();
    HttpResponse<String> noSession =
        WorkersApi.answerAs(Accounts.OFFICE, "GET", "/api/portal/council/petitions", null);
    assertThat(noSession.statusCode()).isEqualTo(400);
    assertThat(noSession.body()).contains("Chọn «Kỳ họp»");
    assertThat(workersAs(Accounts.CONSTRUCTION, "GET", "/api/portal/council/sessions", null, null))
        .contains(session);
    // The office's draft answer report: the session's figures and the petition with its answer.
    String report =
        "/api/portal/council/petitions/report.docx?session="
            + URLEncoder.encode(session, StandardCharsets.UTF_8);
    assertThat(docx(LocalStack.WORKERS + report))
        .contains("DỰ THẢO")
        .contains("trước và sau " + session)
        .contains("Tuyến đường có trong kế hoạch đầu tư công trung hạn")
        .contains("Lập dự án năm 2026, thi công quý II năm 2027");
    HttpResponse<String> departmentDraft =
        WorkersApi.answerAs(Accounts.CONSTRUCTION, "GET", report, null);
    assertThat(departmentDraft.statusCode()).isEqualTo(403);

    // The final answer closes it with its category; the carry-over stays counted.
    String again = camunda.awaitTasks(key, TASK_ANSWER_PETITION, 1).get(0).path("id").asText();
    assertThat(again).isNotEqualTo(taskId);
    camunda.complete(
        camunda.awaitTasks(key, TASK_ANSWER_PETITION, 1).get(0),
        Map.of(
            "reportKind",
            "COMPLETED",
            "answerCategory",
            "RESOLVED",
            "result",
            "Đã sửa chữa xong 3,2 km mặt đường.",
            "completionDate",
            today));
    confirmCompletion(key);
    exported()
        .until(
            () ->
                JSON.readTree(workersAs(Accounts.OFFICE, "GET", page, null, null))
                    .path("councilItem")
                    .path("answerCategory")
                    .asText()
                    .equals("Đã giải quyết xong"));
    aCommitmentIsRegisteredByTheOfficesForm(run, session, today);
    theSessionsAnswerReportIsSignedByAViceChairAndSentToTheStandingCommittee(session);
  }

  /** The registration form's council part, sent as the portal's form sends it. */
  private static void aCommitmentIsRegisteredByTheOfficesForm(
      String run, String session, String today) throws Exception {
    String id = "CK-" + run + "-001";
    Map<String, Object> form = new HashMap<>();
    form.put("directiveId", id);
    form.put("title", "Hoàn thành cải tạo khoa cấp cứu Bệnh viện Đa khoa tỉnh");
    form.put(
        "sourceDocument",
        Map.of(
            "number",
            run + "/NQ-HĐND",
            "date",
            today,
            "issuer",
            "HĐND tỉnh",
            "kind",
            "COUNCIL_RESOLUTION",
            "title",
            "Nghị quyết về hoạt động chất vấn tại " + session));
    form.put("leadAgency", "SXD");
    form.put("leaderInCharge", "PCT-KT");
    form.put("assignedOn", today);
    form.put("deadlineKind", "DATE");
    form.put("deadline", WorkingDays.ahead(60).toString());
    form.put("councilFollowUp", true);
    form.put(
        "councilItem",
        Map.of(
            "kind", "COMMITMENT",
            "sessionName", session,
            "delegate", "Đại biểu Trần Văn Bình",
            "answeringOfficial", "Giám đốc Sở Xây dựng"));
    HttpResponse<String> started =
        WorkersApi.answerAs(Accounts.OFFICE, "POST", "/api/portal/start/directive-tracking", form);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String page = "/api/portal/register/directive?id=" + id;
    exported()
        .ignoreExceptions()
        .until(
            () ->
                JSON.readTree(workersAs(Accounts.OFFICE, "GET", page, null, null))
                    .path("councilItem")
                    .path("kind")
                    .asText()
                    .equals("Cam kết trả lời chất vấn"));
    JsonNode commitment = JSON.readTree(workersAs(Accounts.OFFICE, "GET", page, null, null));
    assertThat(commitment.path("councilItem").path("answeringOfficial").asText())
        .isEqualTo("Giám đốc Sở Xây dựng");
    assertThat(commitment.path("councilItem").path("sessionName").asText()).isEqualTo(session);
    // The construction department's dashboard counts its petitions and commitments of today.
    JsonNode dashboard =
        JSON.readTree(
            workersAs(
                Accounts.CONSTRUCTION,
                "GET",
                "/api/portal/dashboard?from=" + today + "&to=" + today,
                null,
                null));
    JsonNode petitions = dashboard.path("councilFollowUp").get(0);
    JsonNode commitments = dashboard.path("councilFollowUp").get(1);
    assertThat(petitions.path("kindLabel").asText()).isEqualTo("Kiến nghị cử tri");
    assertThat(petitions.path("done").asInt()).isPositive();
    assertThat(commitments.path("kindLabel").asText()).isEqualTo("Cam kết trả lời chất vấn");
    assertThat(commitments.path("openOnTime").asInt()).isPositive();
  }

  /**
   * The answer report of the session through the portal: a department may not ask for it, the
   * office reviews the draft and chooses the vice-chair, who alone signs; numbered and sent.
   */
  private static void theSessionsAnswerReportIsSignedByAViceChairAndSentToTheStandingCommittee(
      String session) throws Exception {
    String start = LocalStack.WORKERS + "/api/portal/start/council-answer-report";
    Map<String, Object> request =
        Map.of(
            "councilReportKind",
            "PETITIONS",
            "sessionName",
            session,
            "nextSessionOpeningDate",
            LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30).toString());
    assertThat(
            Accounts.send(start, Accounts.token(Accounts.CONSTRUCTION), "POST", request)
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> started =
        Accounts.send(start, Accounts.token(Accounts.OFFICE), "POST", request);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String key = JSON.readTree(started.body()).path("processInstanceKey").asText();

    JsonNode review = awaitPortalTask(Accounts.OFFICE, key, "Task_ReviewAnswerReport");
    String reviewTask = "/api/portal/tasks/" + review.path("id").asText();
    String opened = workersAs(Accounts.OFFICE, "POST", reviewTask + "/open", null, null);
    assertThat(opened)
        .contains("Trong 1 kiến nghị phải giải quyết: đã giải quyết xong 1 kiến nghị (100,0%)")
        .contains("Phạm Thị Hoa");
    HttpResponse<String> submitted =
        WorkersApi.answerAs(
            Accounts.OFFICE,
            "POST",
            reviewTask + "/complete",
            Map.of(
                "reviewDecision",
                "SUBMIT",
                "signingLeader",
                "PCT-KT",
                "overallAssessment",
                "Các kiến nghị của kỳ họp đã được trả lời đúng hạn."));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

    JsonNode signOff = awaitPortalTask(Accounts.VICE_CHAIR, key, "Task_SignAnswerReport");
    String signTask = LocalStack.WORKERS + "/api/portal/tasks/" + signOff.path("id").asText();
    assertThat(
            Accounts.send(signTask + "/open", Accounts.token(Accounts.OFFICE), "POST", null)
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> signed =
        Accounts.send(
            signTask + "/complete",
            Accounts.token(Accounts.VICE_CHAIR),
            "POST",
            Map.of("signOffDecision", "APPROVED"));
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);

    long instance = Long.parseLong(key);
    camunda.awaitInstanceState(instance, "COMPLETED");
    Map<String, String> vars =
        awaitOperateVariables(instance, "documentNumber", "finalDocumentUrl", "submissionChannels");
    String number = JSON.readTree(vars.get("documentNumber")).asText();
    assertThat(number).matches("\\d{2,}/BC-UBND");
    assertThat(vars.get("submissionChannels")).contains("HTTP");
    assertThat(docx(JSON.readTree(vars.get("finalDocumentUrl")).asText()))
        .contains("Số: " + number)
        .contains("KT. CHỦ TỊCH")
        .contains("Phạm Thị Hoa")
        .contains("Các kiến nghị của kỳ họp đã được trả lời đúng hạn.")
        .contains("Đã sửa chữa xong 3,2 km mặt đường.")
        .doesNotContain("DỰ THẢO");
  }

  private static void verdictWorkbookHasTheRows(String base, String importId) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            LocalStack.WORKERS + base + "/imports/" + importId + "/verdicts.xlsx"))
                    .header("Authorization", "Bearer " + Accounts.token(Accounts.OFFICE))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(base).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("ket-qua-nhap-" + importId + ".xlsx");
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Kết quả nhập");
      assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Lý do / mã quy trình");
      assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).startsWith("Mã quy trình ");
      assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Sở Không Có");
      assertThat(sheet.getRow(3).getCell(7).getStringCellValue()).contains("Sở Không Có");
    }
  }

  private static JsonNode statistics(LocalDate day) throws Exception {
    return JSON.readTree(
        workers("GET", "/api/directives/statistics?from=" + day + "&to=" + day, null, null));
  }
}
