package vn.gov.ubnd.workflow.camunda;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Camunda line the application runs against: 8.6 here (see {@link TaskEngine}). */
@Configuration
@EnableConfigurationProperties(TasklistProperties.class)
public class TaskEngineConfiguration {

  @Bean
  TaskEngine taskEngine(TasklistProperties properties, ZeebeClient zeebe, ObjectMapper json) {
    return new Camunda86TaskEngine(properties, zeebe, json);
  }
}
