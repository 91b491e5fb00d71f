package vn.gov.ubnd.workflow.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A search cluster that answers 503 while a shard recovers is an outage to wait out, as a 429 is:
 * asked again after a pause, and if it keeps refusing the step fails as "dependency unavailable"
 * (retried by the job), never as an unexpected error. A stand-in server on loopback answers.
 */
class SearchOutageAnswersTest {

  private static final String SHARD_RECOVERING =
      "{\"error\":{\"type\":\"no_shard_available_action_exception\"},\"status\":503}";
  private static final String DOCUMENT =
      "{\"_id\":\"NV-1\",\"_seq_no\":1,\"_primary_term\":1,\"found\":true,"
          + "\"_source\":{\"title\":\"Giải ngân vốn đầu tư công\"}}";

  private HttpServer server;
  private final Deque<Integer> statuses = new ArrayDeque<>();
  private int requests;
  private SearchClient search;

  @BeforeEach
  void standInCluster() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests++;
          int status = statuses.isEmpty() ? 200 : statuses.poll();
          byte[] body =
              (status == 200 ? DOCUMENT : SHARD_RECOVERING).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    search =
        new SearchClient(
            new SearchProperties(
                List.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort())),
                "ubnd-",
                null,
                null,
                Duration.ofSeconds(5),
                4,
                0),
            new ObjectMapper());
  }

  @AfterEach
  void stop() throws Exception {
    search.close();
    server.stop(0);
  }

  @Test
  void aShardRecoveringForAMomentIsWaitedOut() {
    statuses.add(503);
    statuses.add(503);
    assertThat(search.get("directives", "NV-1")).isPresent();
    assertThat(requests).isEqualTo(3);
  }

  @Test
  void aClusterThatStaysUnavailableIsAnOutageNotAnUnexpectedError() {
    for (int i = 0; i < 20; i++) {
      statuses.add(503);
    }
    assertThatThrownBy(() -> search.get("directives", "NV-1"))
        .isInstanceOf(SearchUnavailableException.class)
        .hasMessageContaining("HTTP 429/503");
  }

  @Test
  void aRealRefusalIsNotRetried() {
    statuses.add(400);
    assertThatThrownBy(() -> search.get("directives", "NV-1"))
        .isInstanceOf(SearchRequestException.class);
    assertThat(requests).isEqualTo(1);
  }
}
