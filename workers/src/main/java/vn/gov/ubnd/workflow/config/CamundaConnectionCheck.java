package vn.gov.ubnd.workflow.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.gov.ubnd.workflow.camunda.EngineGateway;

/**
 * Checks the Camunda target before the SDK deploys and opens job workers (which start in the
 * default, last lifecycle phase): missing credentials or an unreachable gateway stop the
 * application with one message that says what to fix, instead of a loop of stack traces.
 */
@Component
class CamundaConnectionCheck implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(CamundaConnectionCheck.class);
  private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

  private final EngineGateway engine;
  private final CamundaConnectionProperties properties;
  private volatile boolean running;

  public CamundaConnectionCheck(EngineGateway engine, CamundaConnectionProperties properties) {
    this.engine = engine;
    this.properties = properties;
  }

  @Override
  public void start() {
    running = true;
    if (!properties.checkOnStart()) {
      return;
    }
    checkCredentials();
    EngineGateway.Topology topology = awaitTopology();
    LOG.info(
        "Connected to Camunda {} ({} target) at {}: gateway {}, {} broker(s)",
        engine.line(),
        properties.target(),
        engine.settings().address(),
        topology.gatewayVersion(),
        topology.brokers().size());
  }

  private void checkCredentials() {
    List<String> missing = new ArrayList<>();
    EngineGateway.ClientSettings settings = engine.settings();
    switch (properties.target()) {
      case LOCAL -> {}
      case OAUTH -> {
        require(missing, settings.clientId(), "CAMUNDA_CLIENT_ID");
        require(missing, settings.clientSecret(), "CAMUNDA_CLIENT_SECRET");
        require(missing, settings.issuer(), "CAMUNDA_OAUTH_URL");
      }
      case SAAS -> {
        require(missing, settings.clusterId(), "CAMUNDA_CLUSTER_ID");
        require(missing, settings.region(), "CAMUNDA_CLUSTER_REGION");
        require(missing, settings.clientId(), "CAMUNDA_CLIENT_ID");
        require(missing, settings.clientSecret(), "CAMUNDA_CLIENT_SECRET");
      }
    }
    if (!missing.isEmpty()) {
      throw new CamundaConnectionException(
          "The "
              + properties.target().name().toLowerCase()
              + " Camunda target needs credentials that are not set: "
              + String.join(", ", missing),
          "Set these environment variables (from your Camunda client credentials), never in a"
              + " committed file, and start again.",
          null);
    }
  }

  /** The saas profile's stand-in for an unset cluster id or region. */
  private static final String NOT_SET = "not-set";

  private static void require(List<String> missing, String value, String variable) {
    if (!StringUtils.hasText(value) || NOT_SET.equals(value)) {
      missing.add(variable);
    }
  }

  private EngineGateway.Topology awaitTopology() {
    long deadline = System.nanoTime() + properties.connectTimeout().toNanos();
    RuntimeException last;
    do {
      try {
        return engine.topology(Duration.ofSeconds(5));
      } catch (RuntimeException e) {
        last = e;
        LOG.info(
            "Camunda gateway {} not reachable yet ({}), retrying",
            engine.settings().address(),
            rootMessage(e));
        sleep();
      }
    } while (System.nanoTime() < deadline);
    throw new CamundaConnectionException(
        "The Camunda gateway at "
            + engine.settings().address()
            + " did not answer within "
            + properties.connectTimeout().toSeconds()
            + " s: "
            + rootMessage(last),
        "Check that Camunda runs (deploy/local/stack status for the local stack) and that"
            + " "
            + engine.settings().addressVariable()
            + " is right, with its"
            + " http:// or https:// scheme; for OAuth and SaaS check the credentials too.",
        last);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static void sleep() {
    try {
      Thread.sleep(RETRY_PAUSE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the Camunda gateway", e);
    }
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    // Before the SDK's ZeebeLifecycleEventProducer (default phase), which deploys and opens
    // the workers.
    return DEFAULT_PHASE - 1000;
  }
}
