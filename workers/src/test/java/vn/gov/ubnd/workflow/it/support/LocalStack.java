package vn.gov.ubnd.workflow.it.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.search.SearchProperties;

/**
 * The real local stack for integration tests, through README command one (deploy/local/stack): used
 * as it is when it already runs, else started once for all tests in its own folder and stopped when
 * they are done.
 */
public class LocalStack implements BeforeAllCallback {

  public static final String WORKERS = "http://127.0.0.1:8090";
  public static final String CAMUNDA = "http://127.0.0.1:8080";
  public static final String OPENSEARCH = "http://127.0.0.1:9200";
  public static final String ZEEBE_GRPC = "http://127.0.0.1:26500";

  /** The stack's layout (deploy/local/stack start [--cluster]), as its folder records it. */
  public static final boolean CLUSTER = layout().equals("cluster");

  /** Tasklist and Operate: Camunda's one application, or their own processes in the cluster. */
  public static final String TASKLIST = CLUSTER ? "http://127.0.0.1:8082" : CAMUNDA;

  public static final String OPERATE = CLUSTER ? "http://127.0.0.1:8081" : CAMUNDA;

  private static String layout() {
    try {
      Path file = home().resolve("layout");
      return Files.exists(file) ? Files.readString(file).trim() : "single";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Object LOCK = new Object();

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (LOCK) {
      ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
      if (store.get(LocalStack.class) != null) {
        return;
      }
      if (isUp()) {
        store.put(LocalStack.class, (ExtensionContext.Store.CloseableResource) () -> {});
        return;
      }
      Path script = Path.of(System.getProperty("stack.script", "../deploy/local/stack"));
      Path home = Path.of(System.getProperty("stack.home", "target/it-stack"));
      Files.createDirectories(home);
      run(script, home, "start");
      store.put(
          LocalStack.class,
          (ExtensionContext.Store.CloseableResource) () -> run(script, home, "stop"));
    }
  }

  /** The stack's folder: the one the tests started, or the one named by -Dstack.home. */
  public static Path home() {
    return Path.of(System.getProperty("stack.home", "target/it-stack"));
  }

  /**
   * Runs a command of deploy/local/stack on the tests' stack ("start" starts what is missing, "stop
   * opensearch" stops one component).
   */
  public static void stack(String command) throws IOException, InterruptedException {
    run(Path.of(System.getProperty("stack.script", "../deploy/local/stack")), home(), command);
  }

  private static void run(Path script, Path home, String command)
      throws IOException, InterruptedException {
    List<String> line = new ArrayList<>(List.of("bash", script.toAbsolutePath().toString()));
    line.addAll(List.of(command.split(" ")));
    ProcessBuilder builder = new ProcessBuilder(line).inheritIO();
    builder.environment().put("STACK_HOME", home.toAbsolutePath().toString());
    // The tests run in Vietnam's time zone (their "today" is the province's); the stack runs as
    // it does on a server, in the machine's own zone.
    builder.environment().remove("TZ");
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(
          "deploy/local/stack " + command + " failed (see " + home.resolve("logs") + ")");
    }
  }

  public static boolean isUp() {
    return answers(WORKERS + "/actuator/health")
        && answers(OPERATE + "/operate/login")
        && answers(
            Accounts.KEYCLOAK + "/realms/" + Accounts.REALM + "/.well-known/openid-configuration");
  }

  private static boolean answers(String url) {
    try {
      HttpResponse<Void> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                  HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * A client of the stack's OpenSearch for the project's own indices, under a prefix of the test's
   * own (its indices never meet the application's).
   */
  public static SearchClient search(String prefix, Duration timeout, ObjectMapper json) {
    return new SearchClient(
        new SearchProperties(List.of(URI.create(OPENSEARCH)), prefix, null, null, timeout, 16, 0),
        json);
  }
}
