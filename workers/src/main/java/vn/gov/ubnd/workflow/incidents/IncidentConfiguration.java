package vn.gov.ubnd.workflow.incidents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How failed jobs are explained; the line's adapter ({@code CamundaLineConfiguration}) plugs the
 * policy into its SDK's job handling.
 */
@Configuration(proxyBeanMethods = false)
class IncidentConfiguration {

  @Bean
  IncidentMessages incidentMessages(IncidentProperties properties) {
    return new IncidentMessages(properties);
  }

  @Bean
  JobFailurePolicy jobFailurePolicy(IncidentMessages messages) {
    return new JobFailurePolicy(messages);
  }
}
