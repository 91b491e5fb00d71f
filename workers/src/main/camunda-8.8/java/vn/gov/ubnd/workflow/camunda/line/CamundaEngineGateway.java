package vn.gov.ubnd.workflow.camunda.line;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.PartitionBrokerHealth;
import io.camunda.client.api.response.PartitionBrokerRole;
import io.camunda.client.spring.properties.CamundaClientProperties;
import java.time.Duration;
import java.util.Map;
import vn.gov.ubnd.workflow.camunda.EngineCallException;
import vn.gov.ubnd.workflow.camunda.EngineGateway;

/**
 * Camunda 8.8: the orchestration cluster through the 8.8 SDK's {@code CamundaClient} (REST by
 * default, gRPC where configured), its refusals classified as on 8.6.
 */
class CamundaEngineGateway implements EngineGateway {

  private final CamundaClient client;
  private final CamundaClientProperties properties;

  CamundaEngineGateway(CamundaClient client, CamundaClientProperties properties) {
    this.client = client;
    this.properties = properties;
  }

  @Override
  public long startInstance(String bpmnProcessId, Map<String, Object> variables) {
    try {
      return client
          .newCreateInstanceCommand()
          .bpmnProcessId(bpmnProcessId)
          .latestVersion()
          .variables(variables)
          .send()
          .join()
          .getProcessInstanceKey();
    } catch (ClientException e) {
      throw classified(e);
    }
  }

  @Override
  public void publishMessage(
      String name,
      String correlationKey,
      String messageId,
      Duration timeToLive,
      Map<String, Object> variables) {
    try {
      client
          .newPublishMessageCommand()
          .messageName(name)
          .correlationKey(correlationKey)
          .messageId(messageId)
          .timeToLive(timeToLive)
          .variables(variables)
          .send()
          .join();
    } catch (ClientException e) {
      throw classified(e);
    }
  }

  @Override
  public void completeJob(long jobKey, Map<String, Object> variables) {
    try {
      client.newCompleteCommand(jobKey).variables(variables).send().join();
    } catch (ClientException e) {
      throw classified(e);
    }
  }

  @Override
  public Topology topology(Duration timeout) {
    var topology = client.newTopologyRequest().requestTimeout(timeout).send().join();
    return new Topology(
        topology.getGatewayVersion(),
        topology.getBrokers().stream()
            .map(
                broker ->
                    new Broker(
                        broker.getNodeId(),
                        broker.getAddress(),
                        broker.getVersion(),
                        broker.getPartitions().stream()
                            .map(
                                p ->
                                    new Partition(
                                        p.getPartitionId(),
                                        p.getRole() == PartitionBrokerRole.LEADER,
                                        p.getHealth() == PartitionBrokerHealth.HEALTHY))
                            .toList()))
            .toList(),
        topology.getPartitionsCount());
  }

  @Override
  public ClientSettings settings() {
    // The 8.8 client talks REST unless told to prefer gRPC: name what it actually calls.
    boolean rest = !Boolean.FALSE.equals(properties.getPreferRestOverGrpc());
    return new ClientSettings(
        text(rest ? properties.getRestAddress() : properties.getGrpcAddress()),
        rest ? "ZEEBE_REST_ADDRESS" : "ZEEBE_GRPC_ADDRESS",
        text(properties.getAuth().getClientId()),
        text(properties.getAuth().getClientSecret()),
        text(properties.getAuth().getTokenUrl()),
        text(properties.getCloud().getClusterId()),
        text(properties.getCloud().getRegion()));
  }

  @Override
  public String line() {
    return "8.8";
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  static EngineCallException classified(ClientException e) {
    if (e instanceof ClientStatusException status) {
      return EngineCallException.ofGrpcStatus(status.getStatusCode().name(), e);
    }
    if (e instanceof ClientHttpException http) {
      return EngineCallException.ofHttpStatus(http.code(), e);
    }
    return EngineCallException.noConnection(e);
  }
}
