package vn.gov.ubnd.workflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.DirectiveEvent;
import vn.gov.ubnd.workflow.directives.DirectiveStatisticsCalculator;
import vn.gov.ubnd.workflow.directives.FollowUp;
import vn.gov.ubnd.workflow.directives.RegisterState;
import vn.gov.ubnd.workflow.directives.RegisteredSource;
import vn.gov.ubnd.workflow.directives.SourceDocument;
import vn.gov.ubnd.workflow.directives.SourceKind;
import vn.gov.ubnd.workflow.it.support.Accounts;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.it.support.WorkersApi;
import vn.gov.ubnd.workflow.search.BulkOperation;
import vn.gov.ubnd.workflow.search.BulkOutcome;
import vn.gov.ubnd.workflow.search.Refresh;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.testing.TestDirective;

/**
 * The register over HTTP with real tokens, against the stack's own index: 3,000 directives like a
 * province's (a third past their deadline, several agencies, coordinating agencies, source
 * documents), marked by a word of this run so that other tests' directives do not count. Every
 * total is compared with a count of the same directives in Java.
 */
@ExtendWith(LocalStack.class)
class RegisterIT {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static final String RUN = "sotd" + Long.toString(System.nanoTime(), 36);
  private static final LocalDate TODAY = LocalDate.parse("2026-06-30");
  private static final List<String> AGENCIES = List.of("STC", "SXD", "SYT", "SNV");
  private static final List<String> LEADERS = List.of("CT", "PCT-KT", "PCT-VX");
  private static final List<String> TOPICS =
      List.of(
          "Đẩy nhanh tiến độ giải ngân vốn đầu tư công",
          "Rà soát, đơn giản hóa thủ tục hành chính",
          "Kiểm tra công tác phòng, chống dịch bệnh",
          "Hoàn thiện quy hoạch đô thị",
          "Đôn đốc thu ngân sách nhà nước");
  private static final List<Directive> ALL = new ArrayList<>();
  private static SearchClient search;

  @BeforeAll
  static void indexAProvincesDirectives() {
    search = LocalStack.search("ubnd", Duration.ofSeconds(30), JSON);
    Random random = new Random(2026);
    for (int i = 0; i < 3_000; i++) {
      String agency = AGENCIES.get(random.nextInt(AGENCIES.size()));
      LocalDate assigned = TODAY.minusDays(1 + random.nextInt(360));
      LocalDate deadline =
          random.nextInt(25) == 0 ? null : assigned.plusDays(10 + random.nextInt(90));
      int kind = random.nextInt(3); // a third closed, a third open, a third open and late
      LocalDate closed = null;
      String state = "P";
      if (kind == 0) {
        state = random.nextInt(8) == 0 ? "W" : "C";
        closed = assigned.plusDays(5 + random.nextInt(100));
        if (closed.isAfter(TODAY)) {
          closed = TODAY;
        }
      } else if (kind == 2 && deadline != null && deadline.isAfter(TODAY.minusDays(1))) {
        deadline = TODAY.minusDays(1 + random.nextInt(30)); // already past it
        if (deadline.isBefore(assigned)) {
          deadline = assigned;
        }
      }
      String id = String.format("%s-%04d/UBND", RUN.toUpperCase(), i);
      ALL.add(
          TestDirective.of(id)
              .title(TOPICS.get(i % TOPICS.size()) + " đợt " + (i / TOPICS.size()) + " " + RUN)
              .content("Nội dung chi tiết của nhiệm vụ " + i)
              .agency(agency, "Đơn vị " + agency)
              .coordinating(
                  random.nextInt(4) == 0
                      ? List.of(AGENCIES.get((AGENCIES.indexOf(agency) + 1) % AGENCIES.size()))
                      : List.of())
              .source(
                  new SourceDocument(
                      "TB" + (i % 12) + "-" + RUN + "/TB-UBND", assigned.minusDays(2), "UBND tỉnh"))
              .leader(LEADERS.get(random.nextInt(LEADERS.size())), "Lãnh đạo")
              .assignedOn(assigned)
              .deadline(deadline)
              .workProgramme(i % 4 == 0)
              .centralGovernment(i % 7 == 0)
              .processInstanceKey(9_000_000L + i)
              .inState(state, closed));
    }
    search.ensureIndexFromResource("directives", "search/directives.json");
    search.ensureIndexFromResource("directive-events", "search/directive-events.json");
    for (int i = 0; i < ALL.size(); i += 500) {
      List<BulkOperation> batch =
          ALL.subList(i, Math.min(i + 500, ALL.size())).stream()
              .map(d -> BulkOperation.put("directives", d.directiveId(), d))
              .toList();
      assertThat(search.bulk(batch, Refresh.NONE)).allMatch(BulkOutcome::succeeded);
    }
    search.refresh("directives");
    search.ensureIndexFromResource("source-documents", "search/source-documents.json");
    for (int n = 0; n < 12; n++) {
      String number = "TB" + n + "-" + RUN + "/TB-UBND";
      search.put(
          "source-documents",
          number,
          new RegisteredSource(
              new SourceDocument(
                  number,
                  TODAY.minusDays(400 - n),
                  "UBND tỉnh",
                  SourceKind.MEETING_CONCLUSIONS,
                  "Kết luận giao ban số " + n),
              OffsetDateTime.now(),
              null));
    }
    search.refresh("source-documents");
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  private static JsonNode get(String group, String query) throws Exception {
    HttpResponse<String> answer = call(group, "/api/portal/register?" + query);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  private static HttpResponse<String> call(String group, String pathAndQuery) throws Exception {
    return WorkersApi.answerAs(group, "GET", pathAndQuery, null);
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static long count(Predicate<Directive> rule) {
    return ALL.stream().filter(rule).count();
  }

  @Test
  void wordsWithoutDiacriticsOrCaseFindTheDirectivesAsTyped() throws Exception {
    long expected = count(d -> d.title().contains("giải ngân"));
    assertThat(expected).isEqualTo(600);
    for (String typed : List.of("giai ngan " + RUN, "GIẢI NGÂN " + RUN, "Giải Ngan " + RUN)) {
      JsonNode found = get(Accounts.OFFICE, "q=" + q(typed) + "&size=200");
      assertThat(found.path("total").asLong()).as(typed).isEqualTo(expected);
      for (JsonNode row : found.path("rows")) {
        assertThat(row.path("title").asText())
            .contains("Đẩy nhanh tiến độ giải ngân vốn đầu tư công");
      }
    }
    // "đô thị" folds to "do thi"; the number finds its directive first.
    assertThat(get(Accounts.OFFICE, "q=" + q("quy hoach do thi " + RUN)).path("total").asLong())
        .isEqualTo(count(d -> d.title().contains("quy hoạch đô thị")));
    String number = ALL.get(1234).directiveId();
    JsonNode byNumber = get(Accounts.OFFICE, "q=" + q(number));
    assertThat(byNumber.path("rows").get(0).path("directiveId").asText()).isEqualTo(number);
  }

  @Test
  void everyFilterCountsWhatACountInJavaCounts() throws Exception {
    LocalDate asOf = TODAY.minusDays(40);
    Map<String, Predicate<Directive>> cases = new LinkedHashMap<>();
    cases.put("agency=SXD", d -> d.leadAgency().equals("SXD"));
    cases.put("leader=PCT-VX", d -> d.leaderInCharge().equals("PCT-VX"));
    for (RegisterState state : RegisterState.values()) {
      cases.put(
          "state=" + state + "&asOf=" + asOf,
          d -> !d.assignedOn().isAfter(asOf) && matches(state, RegisterState.of(d, asOf)));
    }
    cases.put(
        "state=OVERDUE&agency=STC&asOf=" + TODAY,
        d -> d.leadAgency().equals("STC") && RegisterState.of(d, TODAY) == RegisterState.OVERDUE);
    cases.put(
        "deadlineFrom=2026-05-01&deadlineTo=31/05/2026",
        d ->
            d.deadline() != null
                && !d.deadline().isBefore(LocalDate.parse("2026-05-01"))
                && !d.deadline().isAfter(LocalDate.parse("2026-05-31")));
    cases.put(
        "assignedFrom=2026-01-01&assignedTo=2026-03-31",
        d ->
            !d.assignedOn().isBefore(LocalDate.parse("2026-01-01"))
                && !d.assignedOn().isAfter(LocalDate.parse("2026-03-31")));
    cases.put(
        "source=" + q("TB3-" + RUN + "/TB-UBND"),
        d -> d.sourceDocument().number().equals("TB3-" + RUN + "/TB-UBND"));
    cases.put("workProgramme=true", Directive::workProgrammeItem);
    cases.put(
        "centralGovernment=true&agency=SYT",
        d -> d.centralGovernmentTask() && d.leadAgency().equals("SYT"));
    for (Map.Entry<String, Predicate<Directive>> c : cases.entrySet()) {
      long expected = count(c.getValue());
      JsonNode found = get(Accounts.OFFICE, "q=" + RUN + "&" + c.getKey());
      assertThat(found.path("total").asLong()).as(c.getKey()).isEqualTo(expected);
      assertThat(expected).as(c.getKey() + " finds something").isPositive();
    }
    // A third of the open directives are past their deadline, as the data were made.
    assertThat(count(d -> RegisterState.of(d, TODAY) == RegisterState.OVERDUE))
        .isGreaterThan(ALL.size() / 4);
  }

  private static boolean matches(RegisterState asked, RegisterState actual) {
    return switch (asked) {
      case OPEN ->
          actual == RegisterState.OVERDUE
              || actual == RegisterState.IN_PROGRESS
              || actual == RegisterState.IN_PROGRESS_NO_DEADLINE;
      case COMPLETED ->
          actual == RegisterState.COMPLETED_ON_TIME || actual == RegisterState.COMPLETED_LATE;
      default -> asked == actual;
    };
  }

  @Test
  void eachSourceDocumentShowsItsDirectivesProgressAsTheStatisticsCountIt() throws Exception {
    LocalDate asOf = TODAY.minusDays(20);
    for (String group : List.of(Accounts.OFFICE, Accounts.FINANCE)) {
      HttpResponse<String> answer =
          call(group, "/api/portal/register/documents?q=" + RUN + "&asOf=" + asOf);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      JsonNode page = JSON.readTree(answer.body());
      assertThat(page.path("total").asLong()).isEqualTo(12);
      for (JsonNode document : page.path("documents")) {
        String number = document.path("number").asText();
        List<Directive> its =
            ALL.stream()
                .filter(d -> d.sourceDocument().number().equals(number))
                .filter(
                    d ->
                        group.equals(Accounts.OFFICE)
                            || d.leadAgency().equals("STC")
                            || d.coordinatingAgencies().contains("STC"))
                .toList();
        var expected = DirectiveStatisticsCalculator.sourceProgress(number, its, asOf);
        assertThat(JSON.treeToValue(document.path("progress"), expected.getClass()))
            .as(group + " " + number)
            .isEqualTo(expected);
        assertThat(document.path("kindLabel").asText()).isEqualTo("Thông báo kết luận");
      }
    }
    // The register filters by the kind of source document too.
    assertThat(
            get(Accounts.OFFICE, "q=" + RUN + "&sourceKind=MEETING_CONCLUSIONS")
                .path("total")
                .asLong())
        .isEqualTo(ALL.size());
    assertThat(
            get(Accounts.OFFICE, "q=" + RUN + "&sourceKind=COUNCIL_RESOLUTION")
                .path("total")
                .asLong())
        .isZero();
  }

  @Test
  void theOfficeEntersASourceDocumentOnceAndOnlyTheOffice() throws Exception {
    String number = "7-" + RUN + "/NQ-HĐND";
    String path = "/api/portal/register/documents";
    Map<String, String> document =
        Map.of(
            "number", number,
            "date", "10/12/2025",
            "issuer", "HĐND tỉnh",
            "title", "Nghị quyết về kế hoạch đầu tư công trung hạn");
    HttpResponse<String> entered = WorkersApi.answerAs(Accounts.OFFICE, "POST", path, document);
    assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
    assertThat(JSON.readTree(entered.body()).path("kindLabel").asText())
        .isEqualTo("Nghị quyết HĐND tỉnh");
    HttpResponse<String> again = WorkersApi.answerAs(Accounts.OFFICE, "POST", path, document);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("đã có trong sổ (ngày 10/12/2025)");
    HttpResponse<String> agency = WorkersApi.answerAs(Accounts.FINANCE, "POST", path, document);
    assertThat(agency.statusCode()).isEqualTo(403);
    HttpResponse<String> wrong =
        WorkersApi.answerAs(
            Accounts.OFFICE,
            "POST",
            path,
            Map.of("number", " ", "date", "31/02/2026", "kind", "Công văn"));
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(wrong.body()).path("error").asText())
        .contains("Thiếu «Số, ký hiệu văn bản»")
        .contains("«Ngày ban hành» \"31/02/2026\" không phải ngày có thật")
        .contains("«Loại văn bản» \"Công văn\" không có");
    // Listed, found by words without diacritics, with nothing assigned yet.
    search.refresh("source-documents");
    JsonNode listed =
        JSON.readTree(
            call(
                    Accounts.OFFICE,
                    "/api/portal/register/documents?q=" + q("dau tu cong trung han " + RUN))
                .body());
    assertThat(listed.path("total").asLong()).isEqualTo(1);
    assertThat(listed.path("documents").get(0).path("progress").path("assigned").asInt()).isZero();
  }

  /**
   * The office enters a document with its signed scan, as the portal's form sends it; every user of
   * the register downloads it from the list; a file that is not what its name says is refused
   * naming the field, and the document is not entered.
   */
  @Test
  void aSourceDocumentsFileIsKeptWithItAndDownloadedFromTheList() throws Exception {
    String number = "8-" + RUN + "/KH-UBND";
    String path = LocalStack.WORKERS + "/api/portal/register/documents";
    Map<String, String> document =
        Map.of(
            "number", number,
            "date", "15/01/2026",
            "issuer", "UBND tỉnh",
            "title", "Kế hoạch chuyển đổi số năm 2026");
    HttpResponse<String> refused =
        Accounts.sendForm(
            path,
            Accounts.token(Accounts.OFFICE),
            document,
            "ke-hoach.pdf",
            "PK\u0003\u0004 not a pdf".getBytes(StandardCharsets.UTF_8));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).path("error").asText())
        .startsWith(
            "Chưa vào sổ được: «Tệp văn bản»: nội dung tệp \"ke-hoach.pdf\" không phải tệp PDF");
    byte[] scan = ("%PDF-1.5\n% Kế hoạch " + number + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> entered =
        Accounts.sendForm(
            path, Accounts.token(Accounts.OFFICE), document, "Kế hoạch 8 ký số.pdf", scan);
    assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
    assertThat(JSON.readTree(entered.body()).path("file").path("fileName").asText())
        .isEqualTo("Kế hoạch 8 ký số.pdf");

    search.refresh("source-documents");
    JsonNode listed =
        JSON.readTree(
            call(Accounts.FINANCE, "/api/portal/register/documents?q=" + q("chuyen doi so " + RUN))
                .body());
    assertThat(listed.path("total").asLong()).isEqualTo(1);
    String id = listed.path("documents").get(0).path("file").path("id").asText();
    HttpResponse<byte[]> downloaded =
        Accounts.download(
            LocalStack.WORKERS + "/api/portal/attachments/" + id, Accounts.token(Accounts.FINANCE));
    assertThat(downloaded.statusCode()).isEqualTo(200);
    assertThat(downloaded.body()).isEqualTo(scan);
    assertThat(
            Accounts.download(LocalStack.WORKERS + "/api/portal/attachments/" + id, null)
                .statusCode())
        .isEqualTo(401);

    // Its page: the fields, the file, its directives' progress (none yet); an unknown number 404.
    JsonNode page =
        JSON.readTree(
            call(Accounts.FINANCE, "/api/portal/register/document?number=" + q(number)).body());
    assertThat(page.path("title").asText()).isEqualTo("Kế hoạch chuyển đổi số năm 2026");
    assertThat(page.path("kindLabel").asText()).isEqualTo("Chương trình, kế hoạch");
    assertThat(page.path("file").path("id").asText()).isEqualTo(id);
    assertThat(page.path("progress").path("assigned").asInt()).isZero();
    HttpResponse<String> unknown =
        call(
            Accounts.FINANCE, "/api/portal/register/document?number=" + q("0-" + RUN + "/KH-UBND"));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(unknown.body()).path("error").asText())
        .startsWith("Không có văn bản số \"0-" + RUN + "/KH-UBND\" trong sổ văn bản giao nhiệm vụ");
  }

  @Test
  void pagesBySearchAfterReachEveryDirectiveOnceInOrder() throws Exception {
    Set<String> seen = new HashSet<>();
    String after = null;
    String lastDeadline = "";
    int pages = 0;
    do {
      JsonNode page =
          get(
              Accounts.OFFICE,
              "q=" + RUN + "&order=DEADLINE&size=200" + (after == null ? "" : "&after=" + after));
      assertThat(page.path("total").asLong()).isEqualTo(ALL.size());
      for (JsonNode row : page.path("rows")) {
        assertThat(seen.add(row.path("directiveId").asText())).isTrue();
        String deadline = row.path("deadline").asText("");
        if (!deadline.isEmpty()) {
          assertThat(deadline).isGreaterThanOrEqualTo(lastDeadline);
          lastDeadline = deadline;
        } else {
          lastDeadline = "9999"; // no deadline comes last
        }
      }
      after = page.path("next").isNull() ? null : page.path("next").asText();
      pages++;
    } while (after != null);
    assertThat(seen).hasSize(ALL.size());
    assertThat(pages).isGreaterThanOrEqualTo(15);
  }

  @Test
  void anAgencySeesWhatItLeadsOrCoordinatesAndNoOtherPage() throws Exception {
    JsonNode finance = get(Accounts.FINANCE, "q=" + RUN + "&size=200");
    assertThat(finance.path("total").asLong())
        .isEqualTo(
            count(d -> d.leadAgency().equals("STC") || d.coordinatingAgencies().contains("STC")));
    Set<String> roles = new HashSet<>();
    finance.path("rows").forEach(r -> roles.add(r.path("role").asText()));
    assertThat(roles).containsExactlyInAnyOrder("Chủ trì", "Phối hợp");
    Directive coordinated =
        ALL.stream()
            .filter(d -> d.coordinatingAgencies().contains("STC"))
            .findFirst()
            .orElseThrow();
    Directive foreign =
        ALL.stream()
            .filter(d -> !d.leadAgency().equals("STC") && !d.coordinatingAgencies().contains("STC"))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> own =
        call(Accounts.FINANCE, "/api/portal/register/directive?id=" + q(coordinated.directiveId()));
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(own.body()).path("row").path("role").asText()).isEqualTo("Phối hợp");
    HttpResponse<String> other =
        call(Accounts.FINANCE, "/api/portal/register/directive?id=" + q(foreign.directiveId()));
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(other.body()).path("error").asText())
        .contains(foreign.directiveId())
        .contains("không xem được");
    assertThat(other.body()).doesNotContain(foreign.title());
    HttpResponse<String> none =
        call(Accounts.OFFICE, "/api/portal/register/directive?id=" + q("KHONG-CO-" + RUN));
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(none.body()).path("error").asText()).contains("Không có nhiệm vụ số");
    // The choices of an agency name its own agency only.
    JsonNode choices = JSON.readTree(call(Accounts.FINANCE, "/api/portal/register/choices").body());
    assertThat(choices.path("agencies")).hasSize(1);
    assertThat(choices.path("agencies").get(0).path("code").asText()).isEqualTo("STC");
  }

  @Test
  void aDirectivesPageTellsItsHistoryWithPeopleAndTimes() throws Exception {
    // A directive of its own (not among the 3,000 the counts are checked against).
    Directive base =
        TestDirective.of("GH-" + System.nanoTime() + "/UBND")
            .title("Hoàn thành dự án đường tỉnh")
            .assignedOn(LocalDate.parse("2026-03-02"))
            .deadline(LocalDate.parse("2026-06-15"))
            .processInstanceKey(8_000_001L)
            .inProgress();
    OffsetDateTime at = OffsetDateTime.parse("2026-05-04T09:15:00+07:00");
    Directive extended =
        base.withFollowUp(
                new FollowUp(
                    0,
                    "REMINDER",
                    at,
                    base.deadline(),
                    List.of("Sở Tài chính <stc@example.gov.vn>")),
                false,
                at)
            .withExtension(LocalDate.parse("2026-09-30"), at.plusDays(2));
    search.put("directives", extended.directiveId(), extended);
    search.put(
        "directive-events",
        base.directiveId() + ":extended:1",
        new DirectiveEvent(
            base.directiveId() + ":extended:1",
            base.directiveId(),
            "EXTENDED",
            at.plusDays(2),
            "PCT-KT",
            "Gia hạn đến 30/09/2026: chờ vốn bổ sung",
            List.of(),
            LocalDate.parse("2026-09-30"),
            new Person("lanh-dao-pct-kt", "Phạm Thị Hoa")));
    search.refresh("directive-events");
    search.refresh("directives");
    JsonNode page =
        JSON.readTree(
            call(Accounts.OFFICE, "/api/portal/register/directive?id=" + q(base.directiveId()))
                .body());
    assertThat(page.path("row").path("deadline").asText()).isEqualTo("2026-09-30");
    assertThat(page.path("row").path("extensionCount").asInt()).isEqualTo(1);
    assertThat(page.path("extensions").get(0).path("by").asText()).isEqualTo("Phạm Thị Hoa");
    assertThat(page.path("extensions").get(0).path("description").asText())
        .contains("chờ vốn bổ sung");
    assertThat(page.path("followUps").get(0).path("step").asText()).isEqualTo("Nhắc việc");
    assertThat(page.path("followUps").get(0).path("recipients").get(0).asText())
        .isEqualTo("Sở Tài chính");
    assertThat(page.path("history")).isNotEmpty();
    assertThat(page.path("operateUrl").isNull()).isTrue();
    JsonNode managers =
        JSON.readTree(
            call(Accounts.MANAGERS, "/api/portal/register/directive?id=" + q(base.directiveId()))
                .body());
    assertThat(managers.path("operateUrl").asText())
        .endsWith("/processes/" + base.processInstanceKey());
  }

  @Test
  void theFilteredListIsExportedAsAWorkbook() throws Exception {
    HttpResponse<byte[]> export =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            LocalStack.WORKERS
                                + "/api/portal/register/export.xlsx?q="
                                + RUN
                                + "&agency=SXD"))
                    .header("Authorization", "Bearer " + Accounts.token(Accounts.OFFICE))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(export.statusCode()).isEqualTo(200);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
      var sheet = workbook.getSheet("Sổ theo dõi nhiệm vụ");
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Số hiệu");
      assertThat(sheet.getLastRowNum() - 2)
          .isEqualTo((int) count(d -> d.leadAgency().equals("SXD")));
      Set<String> ids = new HashSet<>();
      for (int r = 3; r <= sheet.getLastRowNum(); r++) {
        ids.add(sheet.getRow(r).getCell(0).getStringCellValue());
      }
      assertThat(ids).allMatch(id -> id.startsWith(RUN.toUpperCase()));
    }
  }

  @Test
  void wrongCriteriaAreNamedInVietnamese() throws Exception {
    HttpResponse<String> wrong =
        call(
            Accounts.OFFICE,
            "/api/portal/register?state=XONG&deadlineFrom=31/02/2026&agency=KHONGCO"
                + "&assignedFrom=2026-05-01&assignedTo=2026-04-01");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(wrong.body()).path("error").asText())
        .contains("«Tình trạng» \"XONG\"")
        .contains("«Thời hạn từ ngày» \"31/02/2026\" không phải ngày có thật")
        .contains("«Cơ quan chủ trì» \"KHONGCO\"")
        .contains("«Giao từ ngày» (01/05/2026) sau «Giao đến ngày» (01/04/2026)");
    HttpResponse<String> cursor = call(Accounts.OFFICE, "/api/portal/register?after=abc");
    assertThat(cursor.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(cursor.body()).path("error").asText()).contains("Trang sau");
    HttpResponse<String> size = call(Accounts.OFFICE, "/api/portal/register?size=100000");
    assertThat(size.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(size.body()).path("error").asText()).contains("từ 1 đến 200");
  }
}
