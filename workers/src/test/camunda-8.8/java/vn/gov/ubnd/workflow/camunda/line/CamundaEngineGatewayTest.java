package vn.gov.ubnd.workflow.camunda.line;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.spring.properties.CamundaClientProperties;
import io.grpc.Status;
import java.net.URI;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.camunda.EngineCallException.Kind;

class CamundaEngineGatewayTest {

  private static Kind kind(Status status) {
    return CamundaEngineGateway.classified(new ClientStatusException(status, null)).kind();
  }

  private static Kind kind(int httpStatus) {
    return CamundaEngineGateway.classified(new ClientHttpException(httpStatus, "reason")).kind();
  }

  @Test
  void whatWaitingMendsIsBusyOverGrpcAndRest() {
    assertThat(kind(Status.RESOURCE_EXHAUSTED)).isEqualTo(Kind.BUSY);
    assertThat(kind(Status.UNAVAILABLE)).isEqualTo(Kind.BUSY);
    assertThat(kind(Status.ABORTED)).isEqualTo(Kind.BUSY);
    assertThat(kind(429)).isEqualTo(Kind.BUSY);
    assertThat(kind(503)).isEqualTo(Kind.BUSY);
    assertThat(kind(504)).isEqualTo(Kind.BUSY);
    assertThat(CamundaEngineGateway.classified(new ClientException("no connection")).kind())
        .isEqualTo(Kind.BUSY);
  }

  @Test
  void aMissingProcessOrJobIsNotFoundAndBadRequestsAreRefused() {
    assertThat(kind(Status.NOT_FOUND)).isEqualTo(Kind.NOT_FOUND);
    assertThat(kind(404)).isEqualTo(Kind.NOT_FOUND);
    assertThat(kind(Status.INVALID_ARGUMENT)).isEqualTo(Kind.REFUSED);
    assertThat(kind(400)).isEqualTo(Kind.REFUSED);
    assertThat(kind(409)).isEqualTo(Kind.REFUSED);
  }

  /** The start-up check names what the 8.8 client calls: REST, unless told to prefer gRPC. */
  @Test
  void theAddressNamedIsTheOneTheClientCalls() {
    CamundaClientProperties properties = new CamundaClientProperties();
    properties.setRestAddress(URI.create("http://gateway:8080"));
    properties.setGrpcAddress(URI.create("http://gateway:26500"));
    CamundaEngineGateway gateway = new CamundaEngineGateway(null, properties);
    assertThat(gateway.settings().address()).isEqualTo("http://gateway:8080");
    assertThat(gateway.settings().addressVariable()).isEqualTo("ZEEBE_REST_ADDRESS");
    properties.setPreferRestOverGrpc(false);
    assertThat(gateway.settings().address()).isEqualTo("http://gateway:26500");
    assertThat(gateway.settings().addressVariable()).isEqualTo("ZEEBE_GRPC_ADDRESS");
  }
}
