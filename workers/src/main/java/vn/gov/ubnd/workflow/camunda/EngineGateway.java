package vn.gov.ubnd.workflow.camunda;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the application asks of Camunda's gateway outside job workers: start an instance, complete a
 * job-based user task, read the topology and the client's settings. The one seam between the code
 * and a Camunda line: {@code src/main/camunda-8.6} implements it with the 8.6 SDK's {@code
 * ZeebeClient}, {@code src/main/camunda-8.8} with the 8.8 SDK's {@code CamundaClient}; the build
 * takes one of them ({@code -Dcamunda.line=8.8}).
 */
public interface EngineGateway {

  /**
   * Starts the latest version of the process and answers the instance's key.
   *
   * @throws EngineCallException when the gateway refuses or cannot be reached
   */
  long startInstance(String bpmnProcessId, Map<String, Object> variables);

  /**
   * Completes a job (a job-based user task's id is its job's key).
   *
   * @throws EngineCallException when the gateway refuses or cannot be reached
   */
  void completeJob(long jobKey, Map<String, Object> variables);

  /**
   * Publishes a message to the instance waiting for it under the correlation key; the same message
   * id published twice within its time to live reaches the instance once.
   *
   * @throws EngineCallException when the gateway refuses or cannot be reached
   */
  void publishMessage(
      String name,
      String correlationKey,
      String messageId,
      Duration timeToLive,
      Map<String, Object> variables);

  /** The cluster as the gateway sees it; throws as the client does when it does not answer. */
  Topology topology(Duration timeout);

  /** The client's connection settings, for the start-up check's messages. */
  ClientSettings settings();

  /** The line this build runs on ("8.6", "8.8"), for the logs and the health details. */
  String line();

  record Topology(String gatewayVersion, List<Broker> brokers, int partitionsCount) {}

  /** A broker and the partitions it leads or follows, with each partition's health. */
  record Broker(int nodeId, String address, String version, List<Partition> partitions) {}

  record Partition(int partitionId, boolean leader, boolean healthy) {}

  /**
   * What the application was configured with; empty strings where unset.
   *
   * @param address the address the client talks to (8.6: the gRPC gateway; 8.8: the REST API unless
   *     told to prefer gRPC)
   * @param addressVariable the environment variable that sets it
   */
  record ClientSettings(
      String address,
      String addressVariable,
      String clientId,
      String clientSecret,
      String issuer,
      String clusterId,
      String region) {}
}
