package vn.gov.ubnd.workflow.testing;

import io.camunda.client.annotation.Deployment;
import io.camunda.zeebe.client.api.command.DeployResourceCommandStep1;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import vn.gov.ubnd.workflow.camunda.line.CamundaLineConfiguration;

/**
 * A fresh engine before every test, with what the application deploys at its start (the SDK did
 * that once, on the context's first engine), and its records for {@link BpmnAssert}.
 */
class InMemoryEngineListener extends AbstractTestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    EngineHolder.restart();
    deployWhatTheApplicationDeploys();
    BpmnAssert.initRecordStream(RecordStream.of(EngineHolder.current().getRecordStreamSource()));
  }

  @Override
  public void afterTestMethod(TestContext testContext) {
    BpmnAssert.resetRecordStream();
  }

  private static void deployWhatTheApplicationDeploys() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    DeployResourceCommandStep1.DeployResourceCommandStep2 command = null;
    try {
      for (String pattern :
          CamundaLineConfiguration.class.getAnnotation(Deployment.class).resources()) {
        for (Resource resource : resolver.getResources(pattern)) {
          try (InputStream content = resource.getInputStream()) {
            command =
                command == null
                    ? EngineHolder.client()
                        .newDeployResourceCommand()
                        .addResourceStream(content, resource.getFilename())
                    : command.addResourceStream(content, resource.getFilename());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    command.send().join();
  }
}
