package vn.gov.ubnd.workflow.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the tests on the real local stack: a Zeebe client and a logged-in Tasklist/Operate user.
 */
@ExtendWith(LocalStack.class)
abstract class RealStackTest {

  protected static final ObjectMapper JSON = new ObjectMapper();
  protected static ZeebeClient zeebe;
  protected static CamundaWebApi camunda;

  @BeforeAll
  static void connectToTheStack() throws Exception {
    zeebe =
        ZeebeClient.newClientBuilder()
            .grpcAddress(URI.create(LocalStack.ZEEBE_GRPC))
            .usePlaintext()
            .build();
    camunda = new CamundaWebApi("demo", "demo");
  }

  @AfterAll
  static void disconnectFromTheStack() {
    zeebe.close();
  }
}
