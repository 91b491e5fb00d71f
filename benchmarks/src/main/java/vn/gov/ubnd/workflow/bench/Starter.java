package vn.gov.ubnd.workflow.bench;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Starts instances as the import does: at most 32 in flight, back-pressure waited out with a
 * growing pause.
 */
final class Starter {

  static final int IN_FLIGHT = 32;

  private Starter() {}

  static List<Long> start(
      ZeebeClient zeebe, String processId, int count, IntFunction<Map<String, Object>> variables)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
    try {
      List<Future<Long>> keys = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        keys.add(pool.submit(() -> startOne(zeebe, processId, variables.apply(n))));
      }
      List<Long> started = new ArrayList<>();
      for (Future<Long> key : keys) {
        started.add(key.get());
      }
      return started;
    } finally {
      pool.shutdownNow();
    }
  }

  static long startOne(ZeebeClient zeebe, String processId, Map<String, Object> variables)
      throws InterruptedException {
    long pause = 50;
    while (true) {
      try {
        return zeebe
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .variables(variables)
            .send()
            .join()
            .getProcessInstanceKey();
      } catch (ClientStatusException e) {
        if (e.getStatusCode() != Status.Code.RESOURCE_EXHAUSTED
            && e.getStatusCode() != Status.Code.UNAVAILABLE) {
          throw e;
        }
      }
      Thread.sleep(pause);
      pause = Math.min(pause * 2, 5_000);
    }
  }

  /** Cancels instances the benchmark left waiting, so the stack is as it was. */
  static void cancel(ZeebeClient zeebe, List<Long> keys) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (long key : keys) {
        done.add(
            pool.submit(
                () -> {
                  try {
                    zeebe.newCancelInstanceCommand(key).send().join();
                  } catch (ClientStatusException e) {
                    // ended already
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
