package vn.gov.ubnd.workflow;

import io.camunda.zeebe.spring.client.annotation.Deployment;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The worker application: every job worker of the committee's processes, and at start one
 * deployment of every model and form on the classpath (Zeebe creates no new version for an
 * unchanged resource, so a restart deploys nothing new).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Deployment(
    resources = {
      "classpath*:/processes/**/*.bpmn",
      "classpath*:/processes/**/*.dmn",
      "classpath*:/forms/**/*.form"
    })
public class WorkflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(WorkflowApplication.class, args);
  }
}
