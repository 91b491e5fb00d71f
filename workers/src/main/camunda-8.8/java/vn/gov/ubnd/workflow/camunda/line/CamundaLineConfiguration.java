package vn.gov.ubnd.workflow.camunda.line;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.Deployment;
import io.camunda.client.api.worker.BackoffSupplier;
import io.camunda.client.jobhandling.CamundaClientExecutorService;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobWorkerManager;
import io.camunda.client.jobhandling.parameter.ParameterResolverStrategy;
import io.camunda.client.jobhandling.result.ResultProcessorStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import io.camunda.client.spring.properties.CamundaClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import vn.gov.ubnd.workflow.camunda.EngineGateway;
import vn.gov.ubnd.workflow.incidents.JobFailurePolicy;
import vn.gov.ubnd.workflow.jobs.JobExecutionProperties;
import vn.gov.ubnd.workflow.jobs.JobHandlerExecutor;

/**
 * The Camunda 8.8 adapter (Spring SDK 8.8, {@code CamundaClient}): the gateway, the job executor,
 * the explained failures through the SDK's exception-handling hook and, for an Error, its worker
 * manager, and at start one deployment of every model and form on the classpath. Its 8.6 twin has
 * the same name under {@code src/main/camunda-8.6}.
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
  EngineGateway engineGateway(CamundaClient client, CamundaClientProperties properties) {
    return new CamundaEngineGateway(client, properties);
  }

  /** Replaces the SDK's single job thread (its auto-configuration steps back when this exists). */
  @Bean
  CamundaClientExecutorService camundaClientExecutorService(JobExecutionProperties properties) {
    // Owned by the client: closing the client stops it.
    return new CamundaClientExecutorService(JobHandlerExecutor.of(properties), true);
  }

  /**
   * Replaces the SDK's worker manager (its auto-configuration steps back when one is defined): an
   * Error fails the job as an exception does.
   */
  @Bean
  @Primary
  JobWorkerManager errorsFailJobsWorkerManager(
      JobFailurePolicy failures,
      CommandExceptionHandlingStrategy commandExceptionHandlingStrategy,
      MetricsRecorder metricsRecorder,
      ParameterResolverStrategy parameterResolverStrategy,
      ResultProcessorStrategy resultProcessorStrategy,
      BackoffSupplier backoffSupplier,
      JobExceptionHandlingStrategy jobExceptionHandlingStrategy) {
    return new ErrorsFailJobsWorkerManager(
        failures,
        commandExceptionHandlingStrategy,
        metricsRecorder,
        parameterResolverStrategy,
        resultProcessorStrategy,
        backoffSupplier,
        jobExceptionHandlingStrategy);
  }

  /** Replaces the SDK's strategy (its auto-configuration steps back when one is defined). */
  @Bean
  JobExceptionHandlingStrategy jobExceptionHandlingStrategy(
      JobFailurePolicy failures,
      CommandExceptionHandlingStrategy commandExceptionHandlingStrategy,
      MetricsRecorder metricsRecorder) {
    return new ExplainedFailuresStrategy(
        failures,
        new DefaultJobExceptionHandlingStrategy(commandExceptionHandlingStrategy, metricsRecorder));
  }
}
