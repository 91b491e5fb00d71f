package vn.gov.ubnd.workflow.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The council's document system for process tests: an HTTP endpoint on the loopback that accepts
 * every submission and keeps its Idempotency-Key and body, for the tests' whole run.
 */
public final class LocalCouncil {

  private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
  private static final HttpServer SERVER = start();

  private LocalCouncil() {}

  private static HttpServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/submissions",
          exchange -> {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
            RECEIVED.add(exchange.getRequestHeaders().getFirst("Idempotency-Key") + "\n" + body);
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
          });
      server.setExecutor(null);
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String endpoint() {
    return "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/submissions";
  }

  /** Each submission received: its Idempotency-Key, a line break, its body. */
  public static List<String> received() {
    return List.copyOf(RECEIVED);
  }
}
