package vn.gov.ubnd.workflow.testing;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The JVM's one in-memory engine, always on the same port so that the application's client (made
 * once per Spring context) reaches each test's fresh engine.
 */
final class EngineHolder {

  private static final int PORT = freePort();
  private static ZeebeTestEngine engine;
  private static ZeebeClient client;

  private EngineHolder() {}

  static String address() {
    current();
    return "http://127.0.0.1:" + PORT;
  }

  static synchronized ZeebeTestEngine current() {
    if (engine == null) {
      engine = EngineFactory.create(PORT);
      engine.start();
      client = engine.createClient();
    }
    return engine;
  }

  static synchronized ZeebeClient client() {
    current();
    return client;
  }

  /** A fresh engine: no instances, no records, its clock at real time. */
  static synchronized void restart() {
    if (engine != null) {
      client.close();
      engine.stop();
      engine = null;
    }
    current();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
