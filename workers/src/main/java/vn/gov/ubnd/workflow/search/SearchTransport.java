package vn.gov.ubnd.workflow.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/**
 * The wire: the low-level REST client built from our properties, one request sent and its answer
 * read, passing refusals (overload, recovery) waited out, every failure mapped to our types.
 */
final class SearchTransport implements AutoCloseable {

  /** Attempts of a request the cluster refuses for a passing reason, with a doubling pause. */
  private static final int OVERLOAD_ATTEMPTS = 7;

  private static final long FIRST_OVERLOAD_PAUSE_MILLIS = 50;

  private final RestClient client;
  private final ObjectMapper json;

  SearchTransport(SearchProperties properties, ObjectMapper json) {
    this.json = json;
    HttpHost[] hosts =
        properties.urls().stream()
            .map(URI::toString)
            .map(HttpHost::create)
            .toArray(HttpHost[]::new);
    RestClientBuilder builder =
        RestClient.builder(hosts)
            .setRequestConfigCallback(
                config ->
                    config
                        .setConnectTimeout(5_000)
                        .setSocketTimeout((int) properties.timeout().toMillis()));
    BasicCredentialsProvider credentials = new BasicCredentialsProvider();
    boolean basicAuth = properties.username() != null && !properties.username().isBlank();
    if (basicAuth) {
      credentials.setCredentials(
          AuthScope.ANY,
          new UsernamePasswordCredentials(properties.username(), properties.password()));
    }
    // Every job handler in flight may hold one connection (see JobExecutionConfiguration); the
    // client's default of 10 a node would queue them again behind each other.
    int connections = properties.maxConnections();
    builder.setHttpClientConfigCallback(
        http -> {
          http.setMaxConnPerRoute(connections).setMaxConnTotal(connections * hosts.length);
          return basicAuth ? http.setDefaultCredentialsProvider(credentials) : http;
        });
    this.client = builder.build();
  }

  /**
   * Sends a request; with {@code notFoundIsEmpty} a 404 answers empty instead of failing.
   *
   * @throws SearchUnavailableException when the cluster cannot be reached
   * @throws SearchRequestException when it refuses the request
   */
  Optional<JsonNode> send(String method, String path, String body, boolean notFoundIsEmpty) {
    Request request = new Request(method, path);
    if (body != null) {
      request.setJsonEntity(body);
    }
    return perform(request, notFoundIsEmpty);
  }

  /**
   * Answers that pass with time: overloaded (429: a full queue, the memory circuit breaker) and
   * unavailable (503: a shard recovering or unassigned, no master yet; 502 and 504 from a proxy in
   * front of the cluster). They are waited out, never taken for a refusal of the request.
   */
  static boolean passing(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  /**
   * Sends a request; a cluster that refuses for a passing reason ({@link #passing}) is given a
   * growing pause and asked again, about 6 s in all, before the step fails as an outage (which the
   * job's retries then wait out longer).
   */
  Optional<JsonNode> perform(Request request, boolean notFoundIsEmpty) {
    for (int attempt = 1; ; attempt++) {
      try {
        return performOnce(request, notFoundIsEmpty);
      } catch (SearchRequestException e) {
        if (!passing(e.status())) {
          throw e;
        }
        pauseForOverload(attempt, e);
      }
    }
  }

  /** Waits before the next attempt, or fails as an outage once the attempts are spent. */
  void pauseForOverload(int attempt, Exception cause) {
    if (attempt >= OVERLOAD_ATTEMPTS) {
      throw new SearchUnavailableException(
          "the search index at "
              + client.getNodes()
              + " is overloaded or recovering (HTTP 429/503) and kept refusing for "
              + OVERLOAD_ATTEMPTS
              + " attempts; the step is retried and nothing is lost: check the cluster's health"
              + " (shards recovering, a node down) and give it more memory or nodes if this"
              + " recurs",
          cause);
    }
    try {
      Thread.sleep(
          (FIRST_OVERLOAD_PAUSE_MILLIS << (attempt - 1))
              + ThreadLocalRandom.current().nextLong(20));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SearchUnavailableException("interrupted while the index was overloaded", e);
    }
  }

  private Optional<JsonNode> performOnce(Request request, boolean notFoundIsEmpty) {
    String method = request.getMethod();
    String path = request.getEndpoint();
    try {
      Response response = client.performRequest(request);
      if (response.getStatusLine().getStatusCode() == 404) {
        // The client does not treat a 404 answer to HEAD as an error.
        if (notFoundIsEmpty) {
          return Optional.empty();
        }
        throw new SearchRequestException(404, method + " " + path + ": not found");
      }
      if (response.getEntity() == null) {
        return Optional.of(json.createObjectNode());
      }
      return Optional.of(json.readTree(response.getEntity().getContent()));
    } catch (ResponseException e) {
      int status = e.getResponse().getStatusLine().getStatusCode();
      if (status == 404 && notFoundIsEmpty) {
        return Optional.empty();
      }
      throw new SearchRequestException(status, method + " " + path + ": " + e.getMessage());
    } catch (IOException e) {
      throw new SearchUnavailableException(
          "the search index at "
              + client.getNodes()
              + " cannot be reached ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + "); the step is retried and nothing is lost: start the search cluster"
              + " (deploy/local/stack start) or check ubnd.search.urls",
          e);
    }
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
