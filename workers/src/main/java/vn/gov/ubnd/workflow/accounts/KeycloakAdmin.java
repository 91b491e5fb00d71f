package vn.gov.ubnd.workflow.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Keycloak's admin REST API for one realm, as the master realm's administrator: the few calls the
 * realm sync makes, each checked (a refusal names the call and Keycloak's answer).
 */
final class KeycloakAdmin {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI keycloak;
  private final String realm;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private String token;

  KeycloakAdmin(URI keycloak, String realm) {
    this.keycloak = keycloak;
    this.realm = realm;
  }

  void signIn(String user, String password) throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + encode(user)
            + "&password="
            + encode(password);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(keycloak.resolve("/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    check(response, "admin token");
    token = JSON.readTree(response.body()).path("access_token").asText();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The realm itself (GET /admin/realms/{realm}); 404 when it does not exist. */
  HttpResponse<String> realm() throws IOException, InterruptedException {
    return request("GET", "/admin/realms/" + realm, null);
  }

  void createRealm(Object representation) throws IOException, InterruptedException {
    check(request("POST", "/admin/realms", representation), "POST /admin/realms");
  }

  /** A path below the realm's admin address, e.g. "/groups". */
  JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = request("GET", realmPath(path), null);
    check(response, "GET " + path);
    return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
  }

  /** A GET that may find nothing: the status, for 404s that are an answer. */
  int status(String path) throws IOException, InterruptedException {
    return request("GET", realmPath(path), null).statusCode();
  }

  HttpResponse<String> send(String method, String path, Object body)
      throws IOException, InterruptedException {
    HttpResponse<String> response = request(method, realmPath(path), body);
    check(response, method + " " + path);
    return response;
  }

  /** The id Keycloak gave what a POST created. */
  static String idOf(HttpResponse<String> created) {
    String location = created.headers().firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private String realmPath(String path) {
    return path.isEmpty() ? "/admin/realms/" + realm : "/admin/realms/" + realm + path;
  }

  private HttpResponse<String> request(String method, String path, Object body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(keycloak.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void check(HttpResponse<String> response, String what) {
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          "Keycloak refused " + what + ": HTTP " + response.statusCode() + " " + response.body());
    }
  }
}
