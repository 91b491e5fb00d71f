package vn.gov.ubnd.workflow.camunda.line;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.spring.client.annotation.Deployment;
import io.camunda.zeebe.spring.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.zeebe.spring.client.jobhandling.JobWorkerManager;
import io.camunda.zeebe.spring.client.jobhandling.ZeebeClientExecutorService;
import io.camunda.zeebe.spring.client.jobhandling.parameter.ParameterResolverStrategy;
import io.camunda.zeebe.spring.client.jobhandling.result.ResultProcessorStrategy;
import io.camunda.zeebe.spring.client.metrics.MetricsRecorder;
import io.camunda.zeebe.spring.client.properties.CamundaClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import vn.gov.ubnd.workflow.camunda.EngineGateway;
import vn.gov.ubnd.workflow.incidents.JobFailurePolicy;
import vn.gov.ubnd.workflow.jobs.JobExecutionProperties;
import vn.gov.ubnd.workflow.jobs.JobHandlerExecutor;

/**
 * The Camunda 8.6 adapter (Spring SDK 8.6, {@code ZeebeClient}): the gateway, the job executor, the
 * explained failures, and at start one deployment of every model and form on the classpath (Zeebe
 * creates no new version for an unchanged resource, so a restart deploys nothing new). Its 8.8 twin
 * has the same name under {@code src/main/camunda-8.8}.
 */
@Configuration(proxyBeanMethods = false)
@Deployment(
    resources = {
      "classpath*:/processes/**/*.bpmn",
      "classpath*:/processes/**/*.dmn",
      "classpath*:/forms/**/*.form"
    })
class CamundaLineConfiguration {

  @Bean
  EngineGateway engineGateway(ZeebeClient client, CamundaClientProperties properties) {
    return new ZeebeEngineGateway(client, properties);
  }

  /** Replaces the SDK's single job thread (its auto-configuration steps back when this exists). */
  @Bean
  ZeebeClientExecutorService zeebeClientExecutorService(JobExecutionProperties properties) {
    // Owned by the client: closing the client stops it.
    return new ZeebeClientExecutorService(JobHandlerExecutor.of(properties), true);
  }

  /**
   * Replaces the SDK's worker manager: its auto-configuration steps back when one is defined, and
   * where a test set-up imports it anyway, this one is primary.
   */
  @Bean
  @Primary
  JobWorkerManager explainedFailuresJobWorkerManager(
      JobFailurePolicy failures,
      CommandExceptionHandlingStrategy commandExceptionHandlingStrategy,
      MetricsRecorder metricsRecorder,
      ParameterResolverStrategy parameterResolverStrategy,
      ResultProcessorStrategy resultProcessorStrategy) {
    return new ExplainedFailuresJobWorkerManager(
        failures,
        commandExceptionHandlingStrategy,
        metricsRecorder,
        parameterResolverStrategy,
        resultProcessorStrategy);
  }
}
