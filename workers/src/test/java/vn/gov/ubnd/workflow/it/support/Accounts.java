package vn.gov.ubnd.workflow.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sample people of the local stack's realm (deploy/local/stack generated them and their
 * passwords in STACK_HOME/data/keycloak-people.tsv) and their tokens from the real Keycloak.
 */
public final class Accounts {

  public static final String KEYCLOAK = "http://127.0.0.1:8181";
  public static final String REALM = "ubnd";
  public static final String OFFICE = "van-phong";
  public static final String OFFICE_CHIEF = "lanh-dao-van-phong";
  public static final String FINANCE = "so-tai-chinh";
  public static final String CONSTRUCTION = "so-xay-dung";
  public static final String HOME_AFFAIRS = "so-noi-vu";
  public static final String CHAIR = "lanh-dao-ct";
  public static final String VICE_CHAIR = "lanh-dao-pct-kt";
  public static final String MANAGERS = "quan-ly-van-hanh";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String[]> TOKENS = new ConcurrentHashMap<>();

  private Accounts() {}

  /** A person of the group: {username, password}. */
  public static String[] person(String group) throws IOException {
    for (String line :
        Files.readAllLines(
            LocalStack.home().resolve("data/keycloak-people.tsv"), StandardCharsets.UTF_8)) {
      String[] cells = line.split("\t");
      if (cells.length == 4 && cells[3].equals(group)) {
        return new String[] {cells[0], cells[1]};
      }
    }
    throw new IllegalStateException("no sample person of group " + group);
  }

  /** The full name of the group's sample person, as the realm holds it. */
  public static String fullName(String group) throws IOException {
    for (String line :
        Files.readAllLines(
            LocalStack.home().resolve("data/keycloak-people.tsv"), StandardCharsets.UTF_8)) {
      String[] cells = line.split("\t");
      if (cells.length == 4 && cells[3].equals(group)) {
        return cells[2].trim();
      }
    }
    throw new IllegalStateException("no sample person of group " + group);
  }

  /** A fresh-enough access token of the group's sample person, through the portal's client. */
  public static String token(String group) {
    String[] cached = TOKENS.get(group);
    if (cached != null && Instant.parse(cached[1]).isAfter(Instant.now().plusSeconds(60))) {
      return cached[0];
    }
    try {
      String[] person = person(group);
      JsonNode token = passwordGrant("ubnd-portal", person[0], person[1], REALM);
      String access = token.path("access_token").asText();
      TOKENS.put(
          group,
          new String[] {
            access, Instant.now().plusSeconds(token.path("expires_in").asLong()).toString()
          });
      return access;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A token of a confidential client of the realm, by client credentials. */
  public static String clientToken(String client, String secret)
      throws IOException, InterruptedException {
    return tokenRequest(
            "grant_type=client_credentials&client_id="
                + client
                + "&client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8),
            REALM,
            "client " + client)
        .path("access_token")
        .asText();
  }

  public static JsonNode passwordGrant(
      String client, String username, String password, String realm)
      throws IOException, InterruptedException {
    return tokenRequest(
        "grant_type=password&client_id="
            + client
            + "&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8),
        realm,
        username);
  }

  private static JsonNode tokenRequest(String form, String realm, String who)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            KEYCLOAK + "/realms/" + realm + "/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak refused " + who + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  /** The master realm's administrator token (password in STACK_HOME/data/secrets). */
  public static String adminToken() throws IOException, InterruptedException {
    String password =
        Files.readString(LocalStack.home().resolve("data/secrets/keycloak-admin")).trim();
    return passwordGrant("admin-cli", "admin", password, "master").path("access_token").asText();
  }

  /** A call of Keycloak's admin API (path from /admin/realms/...) as the administrator. */
  public static HttpResponse<String> admin(String method, String path, Object body)
      throws IOException, InterruptedException {
    return send(KEYCLOAK + path, adminToken(), method, body);
  }

  public static Path peopleFile() {
    return LocalStack.home().resolve("data/keycloak-people.tsv");
  }

  /** A JSON request with a bearer token (body null for none); the answer as text. */
  public static HttpResponse<String> send(String url, String token, String method, Object body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build();
    return SENDER.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Sends a form as the portal's pages do (multipart): the fields, and the file under the part name
   * "file" when one is given.
   */
  public static HttpResponse<String> sendForm(
      String url, String token, Map<String, String> fields, String fileName, byte[] file)
      throws IOException, InterruptedException {
    String boundary = "----ubnd" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field.getKey()
                  + "\"\r\n\r\n"
                  + field.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    if (fileName != null) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    return SENDER.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Downloads what the address answers, as bytes. */
  public static HttpResponse<byte[]> download(String url, String token)
      throws IOException, InterruptedException {
    return SENDER.send(
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static final HttpClient SENDER = HttpClient.newHttpClient();
}
