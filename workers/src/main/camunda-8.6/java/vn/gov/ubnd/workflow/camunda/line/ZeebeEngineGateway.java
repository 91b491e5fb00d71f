package vn.gov.ubnd.workflow.camunda.line;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.ClientException;
import io.camunda.zeebe.client.api.command.ClientStatusException;
import io.camunda.zeebe.client.api.response.PartitionBrokerHealth;
import io.camunda.zeebe.client.api.response.PartitionBrokerRole;
import io.camunda.zeebe.spring.client.properties.CamundaClientProperties;
import java.time.Duration;
import java.util.Map;
import vn.gov.ubnd.workflow.camunda.EngineCallException;
import vn.gov.ubnd.workflow.camunda.EngineGateway;

/** Camunda 8.6: the gateway through the 8.6 SDK's {@code ZeebeClient} (gRPC). */
class ZeebeEngineGateway implements EngineGateway {

  private final ZeebeClient client;
  private final CamundaClientProperties properties;

  ZeebeEngineGateway(ZeebeClient client, CamundaClientProperties properties) {
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
    return new ClientSettings(
        text(properties.getZeebe().getGrpcAddress()),
        "ZEEBE_GRPC_ADDRESS",
        text(properties.getAuth().getClientId()),
        text(properties.getAuth().getClientSecret()),
        text(properties.getAuth().getIssuer()),
        text(properties.getClusterId()),
        text(properties.getRegion()));
  }

  @Override
  public String line() {
    return "8.6";
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  static EngineCallException classified(ClientException e) {
    return e instanceof ClientStatusException status
        ? EngineCallException.ofGrpcStatus(status.getStatusCode().name(), e)
        : EngineCallException.noConnection(e);
  }
}
