package vn.gov.ubnd.workflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.it.support.Accounts;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.it.support.RealStackTest;

/**
 * Who may do what, against the real Keycloak of the local stack: every endpoint refuses a call
 * without a token (401), a token of the wrong role (403, and nothing happens), a token of another
 * realm or an expired one (401); the right role works; health says UP to anyone and its details
 * only to a manager.
 */
class AccessIT extends RealStackTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String DRAFT = "bao-cao-1-du-thao-1.docx";
  private static final String ISSUED = "bao-cao-2026-99-thu-quyen.docx";

  /** A call: method, path, body (a CSV upload when the path is the import). */
  private record Call(String method, String path) {}

  private static final List<Call> ENDPOINTS =
      List.of(
          new Call("POST", "/api/directives/imports"),
          new Call("GET", "/api/directives/imports/khong-co"),
          new Call("GET", "/api/directives/imports/khong-co/rows"),
          new Call("GET", "/api/directives/imports/khong-co/verdicts.xlsx"),
          new Call("GET", "/api/directives/statistics?from=2026-01-01&to=2026-01-31"),
          new Call("GET", "/api/documents/" + DRAFT),
          new Call("GET", "/api/documents/" + ISSUED),
          new Call("GET", "/actuator/info"),
          new Call("GET", "/actuator/prometheus"),
          new Call("GET", "/api/portal/me"),
          new Call("GET", "/api/portal/tasks"),
          new Call("GET", "/api/portal/start"),
          new Call("GET", "/api/portal/dashboard?from=2026-01-01&to=2026-01-31"),
          new Call("GET", "/api/portal/dashboard/export.xlsx?from=2026-01-01&to=2026-01-31"),
          new Call("GET", "/api/portal/register?q=giai+ngan"),
          new Call("GET", "/api/portal/register/choices"),
          new Call("GET", "/api/portal/register/directive?id=NV-1"),
          new Call("GET", "/api/portal/register/export.xlsx"),
          new Call("GET", "/api/portal/directives/imports/khong-co"),
          new Call("GET", "/api/khong-co"));

  @BeforeAll
  static void documents() throws Exception {
    // Two documents in the stack's folder, as the report cycle leaves them.
    Path folder = LocalStack.home().resolve("data/documents");
    Files.createDirectories(folder);
    byte[] docx = Files.readAllBytes(sampleDocx());
    Files.write(folder.resolve(DRAFT), docx);
    Files.write(folder.resolve(ISSUED), docx);
  }

  private static Path sampleDocx() throws Exception {
    Path file = Files.createTempFile("mau", ".docx");
    try (var doc = new XWPFDocument();
        var out = Files.newOutputStream(file)) {
      doc.createParagraph().createRun().setText("Báo cáo thử quyền truy cập");
      doc.write(out);
    }
    return file;
  }

  private static HttpResponse<String> call(Call call, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(LocalStack.WORKERS + call.path()))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (call.method().equals("POST")) {
      String boundary = "----ubnd" + System.nanoTime();
      String body =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ds.csv\"\r\n"
              + "Content-Type: text/csv\r\n\r\nSố hiệu;Trích yếu;Đơn vị chủ trì\nQUYEN-"
              + System.nanoTime()
              + ";Thử quyền;STC\r\n--"
              + boundary
              + "--\r\n";
      request
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    } else {
      request.GET();
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static long imports() throws Exception {
    Path folder = LocalStack.home().resolve("data/imports");
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  @Test
  void withoutATokenEveryEndpointAnswers401InVietnamese() throws Exception {
    for (Call call : ENDPOINTS) {
      HttpResponse<String> response = call(call, null);
      assertThat(response.statusCode()).as("%s %s", call.method(), call.path()).isEqualTo(401);
      assertThat(JSON.readTree(response.body()).path("error").asText())
          .as("%s %s", call.method(), call.path())
          .startsWith("Chưa đăng nhập");
    }
    // The council stand-in takes only the channel's shared token; a Keycloak token is not it.
    for (String authorization :
        new String[] {null, "Bearer sai-ma", "Bearer " + Accounts.token(Accounts.OFFICE)}) {
      HttpRequest.Builder post =
          HttpRequest.newBuilder(URI.create(LocalStack.WORKERS + "/api/local-council-inbox"))
              .header("Idempotency-Key", "thu-quyen")
              .header("Content-Type", "multipart/form-data; boundary=x")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "--x\r\nContent-Disposition: form-data; name=\"metadata\"\r\n\r\n{}\r\n"
                          + "--x\r\nContent-Disposition: form-data; name=\"file\";"
                          + " filename=\"a.docx\"\r\n\r\nx\r\n--x--\r\n"));
      if (authorization != null) {
        post.header("Authorization", authorization);
      }
      HttpResponse<String> inbox = HTTP.send(post.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(inbox.statusCode()).as("stand-in inbox with %s", authorization).isEqualTo(401);
    }
    assertThat(LocalStack.home().resolve("data/documents/council-inbox/thu-quyen.docx"))
        .doesNotExist();
  }

  @Test
  void theWrongRoleIs403AndNothingHappens() throws Exception {
    long before = imports();
    String department = Accounts.token(Accounts.FINANCE);
    for (Call call :
        List.of(
            new Call("POST", "/api/directives/imports"),
            new Call("GET", "/api/directives/statistics?from=2026-01-01&to=2026-01-31"),
            new Call("GET", "/api/documents/" + DRAFT),
            new Call("GET", "/actuator/info"),
            new Call("GET", "/api/portal/directives/imports/khong-co"),
            new Call("POST", "/api/portal/directives/imports"),
            new Call("GET", "/api/portal/start/directive-tracking"))) {
      HttpResponse<String> response = call(call, department);
      assertThat(response.statusCode()).as("%s %s", call.method(), call.path()).isEqualTo(403);
      assertThat(response.body()).doesNotContain("Exception").doesNotContain("<html");
    }
    HttpResponse<String> leaderImport =
        call(new Call("POST", "/api/directives/imports"), Accounts.token(Accounts.VICE_CHAIR));
    assertThat(leaderImport.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(leaderImport.body()).path("error").asText())
        .isEqualTo("Tài khoản của bạn không có quyền thực hiện việc này.");
    assertThat(imports()).as("uploads kept").isEqualTo(before);
  }

  @Test
  void theRightRoleWorks() throws Exception {
    HttpResponse<String> upload =
        call(new Call("POST", "/api/directives/imports"), Accounts.token(Accounts.OFFICE));
    assertThat(upload.statusCode()).isEqualTo(202);
    for (String group : List.of(Accounts.OFFICE, Accounts.VICE_CHAIR, Accounts.MANAGERS)) {
      assertThat(
              call(
                      new Call("GET", "/api/directives/statistics?from=2026-01-01&to=2026-01-31"),
                      Accounts.token(group))
                  .statusCode())
          .as("statistics for %s", group)
          .isEqualTo(200);
    }
    // A draft for the office and the leaders, not for a department; the issued report for all.
    assertThat(
            call(new Call("GET", "/api/documents/" + DRAFT), Accounts.token(Accounts.OFFICE))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            call(new Call("GET", "/api/documents/" + DRAFT), Accounts.token(Accounts.VICE_CHAIR))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            call(new Call("GET", "/api/documents/" + DRAFT), Accounts.token(Accounts.CONSTRUCTION))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            call(new Call("GET", "/api/documents/" + ISSUED), Accounts.token(Accounts.FINANCE))
                .statusCode())
        .isEqualTo(200);
    // The dashboard's export: an .xlsx whose summary sheet has the period's heading.
    HttpResponse<byte[]> export =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            LocalStack.WORKERS
                                + "/api/portal/dashboard/export.xlsx?from=2026-01-01&to=2026-01-31"))
                    .header("Authorization", "Bearer " + Accounts.token(Accounts.OFFICE))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
      assertThat(workbook.getSheet("Tổng hợp").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Tình hình thực hiện nhiệm vụ UBND tỉnh giao");
    }
  }

  /**
   * Prometheus scrapes with the realm's monitoring client (client credentials, the secret the stack
   * generated): the metrics and nothing else; a manager may read them too, a department may not.
   */
  @Test
  void theMetricsScraperReadsTheMetricsAndNothingElse() throws Exception {
    String monitoring =
        Accounts.clientToken(
            "ubnd-monitoring",
            Files.readString(LocalStack.home().resolve("data/secrets/monitoring-client")).trim());
    HttpResponse<String> metrics = metrics(monitoring);
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("jvm_memory_used_bytes")
        .contains("http_server_requests_seconds_count");
    for (Call call :
        List.of(
            new Call("GET", "/api/portal/me"),
            new Call("GET", "/api/portal/tasks"),
            new Call("GET", "/api/documents/" + ISSUED),
            new Call("GET", "/api/directives/statistics?from=2026-01-01&to=2026-01-31"),
            new Call("GET", "/actuator/info"))) {
      assertThat(call(call, monitoring).statusCode())
          .as("%s %s with the scraper's token", call.method(), call.path())
          .isEqualTo(403);
    }
    assertThat(metrics(Accounts.token(Accounts.MANAGERS)).statusCode()).isEqualTo(200);
    assertThat(metrics(Accounts.token(Accounts.FINANCE)).statusCode()).isEqualTo(403);
  }

  /** The metrics as Prometheus asks for them (text, not JSON). */
  private static HttpResponse<String> metrics(String token) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(LocalStack.WORKERS + "/actuator/prometheus"))
                .header("Accept", "text/plain;version=0.0.4;q=0.9,*/*;q=0.1")
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthSaysUpToAnyoneAndItsDetailsOnlyToAManager() throws Exception {
    JsonNode anonymous = JSON.readTree(call(new Call("GET", "/actuator/health"), null).body());
    assertThat(anonymous.path("status").asText()).isEqualTo("UP");
    assertThat(anonymous.has("components")).isFalse();
    JsonNode clerk =
        JSON.readTree(
            call(new Call("GET", "/actuator/health"), Accounts.token(Accounts.OFFICE)).body());
    assertThat(clerk.has("components")).isFalse();
    JsonNode manager =
        JSON.readTree(
            call(new Call("GET", "/actuator/health"), Accounts.token(Accounts.MANAGERS)).body());
    assertThat(manager.path("components").path("search").path("status").asText()).isEqualTo("UP");
  }

  @Test
  void aTokenOfAnotherRealmIsRefused() throws Exception {
    String admin = Accounts.adminToken();
    String realm = "khac-" + Long.toString(System.nanoTime(), 36);
    String password = "Mat-khau-" + System.nanoTime();
    admin(admin, "POST", "/admin/realms", Map.of("realm", realm, "enabled", true));
    try {
      admin(
          admin,
          "POST",
          "/admin/realms/" + realm + "/clients",
          Map.of(
              "clientId", "ubnd-portal",
              "publicClient", true,
              "directAccessGrantsEnabled", true));
      admin(
          admin,
          "POST",
          "/admin/realms/" + realm + "/users",
          Map.of(
              "username", "van-phong-1",
              "firstName", "Giả",
              "lastName", "Mạo",
              "email", "gia-mao@khac.example",
              "emailVerified", true,
              "enabled", true,
              "credentials",
                  List.of(Map.of("type", "password", "value", password, "temporary", false))));
      String foreign =
          Accounts.passwordGrant("ubnd-portal", "van-phong-1", password, realm)
              .path("access_token")
              .asText();
      HttpResponse<String> response =
          call(
              new Call("GET", "/api/directives/statistics?from=2026-01-01&to=2026-01-31"), foreign);
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(JSON.readTree(response.body()).path("error").asText())
          .isEqualTo("Mã truy cập không hợp lệ hoặc đã hết hạn: đăng nhập lại.");
    } finally {
      admin(admin, "DELETE", "/admin/realms/" + realm, null);
    }
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    String[] clerk = Accounts.person(Accounts.OFFICE);
    String shortLived =
        Accounts.passwordGrant("ubnd-short-lived", clerk[0], clerk[1], Accounts.REALM)
            .path("access_token")
            .asText();
    Call statistics = new Call("GET", "/api/directives/statistics?from=2026-01-01&to=2026-01-31");
    // It lives one second; the workers allow 10 s of clock difference. Waiting is the point here.
    Thread.sleep(12_000);
    HttpResponse<String> response = call(statistics, shortLived);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(response.body()).path("error").asText())
        .isEqualTo("Mã truy cập không hợp lệ hoặc đã hết hạn: đăng nhập lại.");
  }

  private static void admin(String token, String method, String path, Object body)
      throws Exception {
    HttpResponse<String> response = Accounts.send(Accounts.KEYCLOAK + path, token, method, body);
    assertThat(response.statusCode())
        .as("%s %s: %s", method, path, response.body())
        .isLessThan(300);
  }
}
