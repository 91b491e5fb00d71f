package vn.gov.ubnd.workflow.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Runs a one-node OpenSearch 2.19 server on loopback for the local stack: Camunda's secondary store
 * and the project's own indices. Data stays in the given folder across restarts.
 *
 * <p>Usage: {@code LocalOpenSearch <home> [httpPort] [transportPort]}
 */
public final class LocalOpenSearch {

  private LocalOpenSearch() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: LocalOpenSearch <home> [httpPort] [transportPort]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    String httpPort = args.length > 1 ? args[1] : "9200";
    String transportPort = args.length > 2 ? args[2] : "9300";
    Path config = home.resolve("config");
    Files.createDirectories(config);
    Files.createDirectories(home.resolveSibling("snapshots"));
    // Our own opensearch.yml: the runner's default lists seed hosts, which single-node
    // discovery refuses.
    Files.writeString(
        config.resolve("opensearch.yml"),
        "# written by LocalOpenSearch at each start\ncluster.name: ubnd-local\n");

    OpenSearchRunner runner = new OpenSearchRunner();
    runner.onBuild(
        (number, settings) ->
            settings
                .put("http.port", httpPort)
                .put("transport.port", transportPort)
                .put("network.host", "127.0.0.1")
                .put("discovery.type", "single-node")
                .put("action.auto_create_index", "true")
                // Disk watermarks would turn indices read-only on a nearly full developer disk.
                .put("cluster.routing.allocation.disk.threshold_enabled", "false")
                // Snapshots (deploy/local/stack backup) go to a folder beside the data.
                .put("path.repo", home.resolveSibling("snapshots").toString())
                .put("node.name", "ubnd-local"));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    runner.close();
                  } catch (IOException e) {
                    System.err.println("OpenSearch did not close cleanly: " + e.getMessage());
                  }
                  stopped.countDown();
                }));
    runner.build(
        "-basePath", home.toString(),
        "-numOfNode", "1",
        "-clusterName", "ubnd-local",
        "-confPath", config.toString(),
        "-dataPath", home.resolve("data").toString(),
        "-logsPath", home.resolve("logs").toString());
    runner.ensureYellow();
    System.out.println("OpenSearch ready on http://127.0.0.1:" + httpPort);
    stopped.await();
  }
}
