package vn.gov.ubnd.workflow.camunda;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Staff tasks through Tasklist and the line's gateway (see {@link TaskEngine}). */
@Configuration
@EnableConfigurationProperties(TasklistProperties.class)
class TaskEngineConfiguration {

  @Bean
  TaskEngine taskEngine(TasklistProperties properties, EngineGateway engine, ObjectMapper json) {
    return new TasklistTaskEngine(properties, engine, json);
  }
}
