package vn.gov.ubnd.workflow.it.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The worker application's API as the integration tests call it: a call as a group's sample person,
 * and a directive list imported and followed to its verdicts.
 */
public final class WorkersApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration IMPORT_WAIT = Duration.ofSeconds(90);

  private WorkersApi() {}

  /** Waits until every row of the import has its verdict; answers its progress. */
  public static JsonNode awaitImported(String importId) {
    await()
        .atMost(IMPORT_WAIT)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                JSON.readTree(workers("GET", "/api/directives/imports/" + importId, null, null))
                    .path("status")
                    .asText()
                    .equals("FINISHED"));
    try {
      return JSON.readTree(workers("GET", "/api/directives/imports/" + importId, null, null));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Row verdicts of a finished import, in row order. */
  public static JsonNode verdicts(String importId) throws Exception {
    return JSON.readTree(
            workers("GET", "/api/directives/imports/" + importId + "/rows?size=1000", null, null))
        .path("rows");
  }

  public static String upload(String fileName, String content) throws Exception {
    return uploadAs(Accounts.OFFICE, "/api/directives/imports", fileName, content);
  }

  /** Uploads a CSV list as the sample person of the group, on the API's path or the portal's. */
  public static String uploadAs(String group, String path, String fileName, String content)
      throws Exception {
    String boundary = "----ubnd" + System.nanoTime();
    String body =
        "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + content
            + "\r\n--"
            + boundary
            + "--\r\n";
    return workersAs(group, "POST", path, body, "multipart/form-data; boundary=" + boundary);
  }

  /**
   * A JSON call of the worker application's API as the sample person of the group, whatever its
   * status: for tests of what a refusal says.
   */
  public static HttpResponse<String> answerAs(String group, String method, String path, Object body)
      throws IOException, InterruptedException {
    return Accounts.send(LocalStack.WORKERS + path, Accounts.token(group), method, body);
  }

  /** A call of the worker application's API as the office's clerk. */
  public static String workers(String method, String path, String body, String contentType)
      throws Exception {
    return workersAs(Accounts.OFFICE, method, path, body, contentType);
  }

  /** A call of the worker application's API as the sample person of the group. */
  public static String workersAs(
      String group, String method, String path, String body, String contentType) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(LocalStack.WORKERS + path))
            .header("Authorization", "Bearer " + Accounts.token(group))
            .timeout(Duration.ofSeconds(60));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }
}
