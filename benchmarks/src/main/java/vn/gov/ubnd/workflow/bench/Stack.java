package vn.gov.ubnd.workflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The local stack's addresses and plain HTTP calls to them (loopback only). */
final class Stack {

  static final String WORKERS = "http://127.0.0.1:8090";
  static final String OPENSEARCH = "http://127.0.0.1:9200";
  static final String ZEEBE_GRPC = "http://127.0.0.1:26500";

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Stack() {}

  static JsonNode get(String url) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  static JsonNode post(String url, String json) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  static JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
    if (request.build().uri().toString().startsWith(WORKERS + "/api/")) {
      request.header("Authorization", "Bearer " + officeToken());
    }
    HttpResponse<String> response =
        HTTP.send(
            request.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300 && response.statusCode() != 404) {
      throw new IOException(
          request.build().uri() + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
  }

  /**
   * A token of the office's sample person (the worker application's API wants one), from the
   * stack's realm; the person and password come from STACK_HOME/data/keycloak-people.tsv.
   */
  static String officeToken() throws IOException, InterruptedException {
    Path home = Path.of(System.getenv().getOrDefault("STACK_HOME", "deploy/local/var"));
    for (String line : Files.readAllLines(home.resolve("data/keycloak-people.tsv"))) {
      String[] cells = line.split("\t");
      if (cells.length == 4 && cells[3].equals("van-phong")) {
        String form =
            "grant_type=password&client_id=ubnd-portal&username="
                + URLEncoder.encode(cells[0], StandardCharsets.UTF_8)
                + "&password="
                + URLEncoder.encode(cells[1], StandardCharsets.UTF_8);
        HttpResponse<String> token =
            HTTP.send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:8181/realms/ubnd/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(token.body()).path("access_token").asText();
      }
    }
    throw new IOException("no office person in " + home.resolve("data/keycloak-people.tsv"));
  }

  /** Uploads a file as multipart/form-data field "file". */
  static JsonNode upload(String url, String fileName, byte[] content)
      throws IOException, InterruptedException {
    String boundary = "----bench" + System.nanoTime();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /**
   * Exported job records (the engine's own log, as Operate reads it): how many of a job type were
   * completed since a moment, and the engine time of the last.
   */
  static JobsDone jobsCompleted(String jobType, String processId, long sinceMillis)
      throws IOException, InterruptedException {
    String query =
        "{\"size\":0,\"track_total_hits\":true,\"query\":{\"bool\":{\"filter\":["
            + "{\"term\":{\"intent\":\"COMPLETED\"}},"
            + "{\"term\":{\"valueType\":\"JOB\"}},"
            + "{\"term\":{\"value.type\":\""
            + jobType
            + "\"}},"
            + "{\"term\":{\"value.bpmnProcessId\":\""
            + processId
            + "\"}},"
            + "{\"range\":{\"timestamp\":{\"gte\":"
            + sinceMillis
            + "}}}]}},\"aggs\":{\"last\":{\"max\":{\"field\":\"timestamp\"}}}}";
    JsonNode answer = post(OPENSEARCH + "/zeebe-record_job_*/_search", query);
    return new JobsDone(
        answer.path("hits").path("total").path("value").asLong(),
        (long) answer.path("aggregations").path("last").path("value").asDouble(0));
  }

  /** The engine times a job of the instance was created and completed (0 when not yet). */
  static long[] jobTimes(String jobType, long processInstanceKey)
      throws IOException, InterruptedException {
    long[] times = new long[2];
    for (int i = 0; i < 2; i++) {
      String intent = i == 0 ? "CREATED" : "COMPLETED";
      String query =
          "{\"size\":1,\"query\":{\"bool\":{\"filter\":["
              + "{\"term\":{\"intent\":\""
              + intent
              + "\"}},{\"term\":{\"valueType\":\"JOB\"}},"
              + "{\"term\":{\"value.type\":\""
              + jobType
              + "\"}},{\"term\":{\"value.processInstanceKey\":"
              + processInstanceKey
              + "}}]}}}";
      JsonNode hits =
          post(OPENSEARCH + "/zeebe-record_job_*/_search", query).path("hits").path("hits");
      times[i] = hits.size() == 0 ? 0 : hits.get(0).path("_source").path("timestamp").asLong();
    }
    return times;
  }

  record JobsDone(long count, long lastMillis) {}
}
