package vn.gov.ubnd.workflow.testing;

import io.camunda.client.spring.event.CamundaClientClosingSpringEvent;
import io.camunda.client.spring.event.CamundaClientCreatedSpringEvent;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * A fresh engine for every test. The SDK's own lifecycle steps back in a test context: announcing
 * the test's client makes it deploy the application's resources and open every job worker against
 * this engine, and announcing its closing closes them (what {@code @ZeebeSpringTest} does on 8.6).
 */
class InMemoryEngineListener extends AbstractTestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    EngineHolder.start();
    BpmnAssert.initRecordStream(RecordStream.of(EngineHolder.engine().getRecordStreamSource()));
    testContext
        .getApplicationContext()
        .publishEvent(new CamundaClientCreatedSpringEvent(this, EngineHolder.camunda()));
  }

  @Override
  public void afterTestMethod(TestContext testContext) {
    testContext
        .getApplicationContext()
        .publishEvent(new CamundaClientClosingSpringEvent(this, EngineHolder.camunda()));
    BpmnAssert.resetRecordStream();
    EngineHolder.stop();
  }
}
