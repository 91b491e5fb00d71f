package vn.gov.ubnd.workflow.testing;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.net.URI;

/**
 * The current test's in-memory engine and its clients: the application's {@code CamundaClient}
 * (gRPC: the engine has no REST API) and the test's own {@code ZeebeClient}.
 */
final class EngineHolder {

  private static ZeebeTestEngine engine;
  private static CamundaClient camunda;
  private static ZeebeClient zeebe;

  private EngineHolder() {}

  static synchronized void start() {
    engine = EngineFactory.create();
    engine.start();
    zeebe = engine.createClient();
    camunda =
        CamundaClient.newClientBuilder()
            .grpcAddress(URI.create("http://" + engine.getGatewayAddress()))
            .preferRestOverGrpc(false)
            .build();
  }

  static synchronized void stop() {
    if (engine != null) {
      camunda.close();
      zeebe.close();
      engine.stop();
      engine = null;
    }
  }

  static synchronized ZeebeTestEngine engine() {
    return require(engine);
  }

  static synchronized CamundaClient camunda() {
    return require(camunda);
  }

  static synchronized ZeebeClient zeebe() {
    return require(zeebe);
  }

  private static <T> T require(T current) {
    if (current == null) {
      throw new IllegalStateException("no in-memory engine runs outside a test method");
    }
    return current;
  }
}
