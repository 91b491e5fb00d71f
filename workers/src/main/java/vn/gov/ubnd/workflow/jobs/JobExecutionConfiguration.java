package vn.gov.ubnd.workflow.jobs;

import io.camunda.zeebe.spring.client.jobhandling.ZeebeClientExecutorService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Replaces the SDK's single job thread (its auto-configuration steps back when this exists). */
@Configuration(proxyBeanMethods = false)
public class JobExecutionConfiguration {

  @Bean
  ZeebeClientExecutorService zeebeClientExecutorService(JobExecutionProperties properties) {
    // Owned by the client: closing the client stops it.
    return new ZeebeClientExecutorService(
        new JobHandlerExecutor(properties.schedulerThreads(), properties.handlerThreads()), true);
  }
}
