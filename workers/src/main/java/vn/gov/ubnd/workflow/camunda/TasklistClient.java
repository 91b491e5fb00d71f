package vn.gov.ubnd.workflow.camunda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Tasklist's REST API v1 (Camunda 8.6) as the portal's service account: signed in with a password
 * (session cookie and CSRF header, as Tasklist wants without Identity) or with a client-credentials
 * token. A lost session (Camunda restarted) is signed in again once per request.
 */
class TasklistClient {

  private final TasklistProperties properties;
  private final ObjectMapper json;
  private final HttpClient http;
  private final String base;
  private volatile String csrfToken;
  private volatile String bearer;
  private volatile Instant bearerExpires = Instant.EPOCH;

  TasklistClient(TasklistProperties properties, ObjectMapper json) {
    this.properties = properties;
    this.json = json;
    this.base = properties.url().replaceAll("/+$", "");
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(properties.timeout())
            .build();
  }

  JsonNode post(String path, Object body) {
    return send("POST", path, body).orElseThrow();
  }

  /** GET; empty when Tasklist answers 404. */
  Optional<JsonNode> get(String path) {
    return send("GET", path, null);
  }

  Optional<JsonNode> patch(String path, Object body) {
    return send("PATCH", path, body);
  }

  private Optional<JsonNode> send(String method, String path, Object body) {
    try {
      HttpResponse<String> response = exchange(method, path, body);
      if (response.statusCode() == 401 || response.statusCode() == 403 && csrfToken != null) {
        // The session ended (Camunda restarted) or the token expired: once more, signed in anew.
        csrfToken = null;
        bearerExpires = Instant.EPOCH;
        response = exchange(method, path, body);
      }
      if (response.statusCode() == 404) {
        return Optional.empty();
      }
      if (response.statusCode() >= 300) {
        throw new TasklistRefusal(response.statusCode(), response.body());
      }
      return Optional.of(
          response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body()));
    } catch (IOException e) {
      throw unavailable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(e);
    }
  }

  private HttpResponse<String> exchange(String method, String path, Object body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(properties.timeout())
            .header("Accept", "application/json");
    if (properties.usesClientCredentials()) {
      request.header("Authorization", "Bearer " + bearerToken());
    } else {
      request.header("X-CSRF-TOKEN", signedIn());
    }
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(
        request.method(method, publisher).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private synchronized String signedIn() throws IOException, InterruptedException {
    if (csrfToken != null) {
      return csrfToken;
    }
    if (properties.username() == null || properties.username().isBlank()) {
      throw new EngineUnavailableException(
          "Chưa cấu hình tài khoản dịch vụ của Tasklist (TASKLIST_USERNAME, TASKLIST_PASSWORD).",
          null);
    }
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base
                            + "/api/login?username="
                            + encode(properties.username())
                            + "&password="
                            + encode(properties.password())))
                .timeout(properties.timeout())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() >= 300) {
      throw new EngineUnavailableException(
          "Tasklist từ chối tài khoản dịch vụ (HTTP "
              + login.statusCode()
              + "): kiểm tra TASKLIST_USERNAME và TASKLIST_PASSWORD.",
          null);
    }
    csrfToken = login.headers().firstValue("X-CSRF-TOKEN").orElse("");
    return csrfToken;
  }

  private synchronized String bearerToken() throws IOException, InterruptedException {
    if (bearer != null && Instant.now().isBefore(bearerExpires)) {
      return bearer;
    }
    String form =
        "grant_type=client_credentials&client_id="
            + encode(properties.clientId())
            + "&client_secret="
            + encode(properties.clientSecret())
            + "&audience="
            + encode(properties.audience());
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(properties.tokenUrl()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() >= 300) {
      throw new EngineUnavailableException(
          "Máy chủ định danh từ chối cấp mã truy cập Tasklist cho tài khoản dịch vụ (HTTP "
              + answer.statusCode()
              + ").",
          null);
    }
    JsonNode token = json.readTree(answer.body());
    bearer = token.path("access_token").asText();
    // Renewed a little before it expires, so no request carries a token about to lapse.
    bearerExpires =
        Instant.now().plusSeconds(Math.max(0, token.path("expires_in").asLong(60) - 15));
    return bearer;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  private static EngineUnavailableException unavailable(Exception cause) {
    return new EngineUnavailableException(
        "Không kết nối được Tasklist: thử lại sau ít phút; nếu vẫn lỗi, báo quản trị hệ thống.",
        cause);
  }

  /** Tasklist answered with an error status. */
  static class TasklistRefusal extends RuntimeException {
    private final int status;

    TasklistRefusal(int status, String body) {
      super(
          "Tasklist HTTP " + status + ": " + (body.length() > 300 ? body.substring(0, 300) : body));
      this.status = status;
    }

    int status() {
      return status;
    }
  }
}
