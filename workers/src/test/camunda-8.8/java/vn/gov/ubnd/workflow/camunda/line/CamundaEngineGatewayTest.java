package vn.gov.ubnd.workflow.camunda.line;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
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
}
