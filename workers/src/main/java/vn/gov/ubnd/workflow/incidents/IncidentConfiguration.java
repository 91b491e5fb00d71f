package vn.gov.ubnd.workflow.incidents;

import io.camunda.zeebe.spring.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.zeebe.spring.client.jobhandling.JobWorkerManager;
import io.camunda.zeebe.spring.client.jobhandling.parameter.ParameterResolverStrategy;
import io.camunda.zeebe.spring.client.jobhandling.result.ResultProcessorStrategy;
import io.camunda.zeebe.spring.client.metrics.MetricsRecorder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the SDK's worker manager: its auto-configuration steps back when one is defined, and
 * where a test set-up imports it anyway, this one is primary.
 */
@Configuration
public class IncidentConfiguration {

  @Bean
  IncidentMessages incidentMessages(IncidentProperties properties) {
    return new IncidentMessages(properties);
  }

  @Bean
  @Primary
  JobWorkerManager explainedFailuresJobWorkerManager(
      IncidentMessages messages,
      CommandExceptionHandlingStrategy commandExceptionHandlingStrategy,
      MetricsRecorder metricsRecorder,
      ParameterResolverStrategy parameterResolverStrategy,
      ResultProcessorStrategy resultProcessorStrategy) {
    return new ExplainedFailuresJobWorkerManager(
        messages,
        commandExceptionHandlingStrategy,
        metricsRecorder,
        parameterResolverStrategy,
        resultProcessorStrategy);
  }
}
