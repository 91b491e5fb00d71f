package vn.gov.ubnd.workflow.camunda.line;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.api.command.ClientException;
import io.camunda.zeebe.client.api.command.ClientStatusException;
import io.camunda.zeebe.spring.client.properties.CamundaClientProperties;
import io.camunda.zeebe.spring.client.properties.common.AuthProperties;
import io.grpc.Status;
import java.net.URI;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.camunda.EngineCallException.Kind;

class ZeebeEngineGatewayTest {

  private static Kind kind(Status status) {
    return ZeebeEngineGateway.classified(new ClientStatusException(status, null)).kind();
  }

  @Test
  void whatWaitingMendsIsBusy() {
    assertThat(kind(Status.RESOURCE_EXHAUSTED)).isEqualTo(Kind.BUSY);
    assertThat(kind(Status.UNAVAILABLE)).isEqualTo(Kind.BUSY);
    assertThat(kind(Status.DEADLINE_EXCEEDED)).isEqualTo(Kind.BUSY);
    // A broker killed under a request (seen in BrokerKillFaultIT).
    assertThat(kind(Status.ABORTED)).isEqualTo(Kind.BUSY);
    assertThat(ZeebeEngineGateway.classified(new ClientException("no connection")).kind())
        .isEqualTo(Kind.BUSY);
  }

  @Test
  void aMissingProcessOrJobIsNotFoundAndBadRequestsAreRefused() {
    assertThat(kind(Status.NOT_FOUND)).isEqualTo(Kind.NOT_FOUND);
    assertThat(kind(Status.INVALID_ARGUMENT)).isEqualTo(Kind.REFUSED);
    assertThat(kind(Status.FAILED_PRECONDITION)).isEqualTo(Kind.REFUSED);
  }

  /** The start-up check names what the 8.6 client calls: the gRPC gateway. */
  @Test
  void theAddressNamedIsTheGrpcGateway() {
    var properties = new CamundaClientProperties();
    properties.setAuth(new AuthProperties());
    properties.getZeebe().setGrpcAddress(URI.create("http://gateway:26500"));
    ZeebeEngineGateway gateway = new ZeebeEngineGateway(null, properties);
    assertThat(gateway.settings().address()).isEqualTo("http://gateway:26500");
    assertThat(gateway.settings().addressVariable()).isEqualTo("ZEEBE_GRPC_ADDRESS");
  }
}
