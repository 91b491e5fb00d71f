package vn.gov.ubnd.workflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The worker application: every job worker of the committee's processes, the staff portal and the
 * directive index; what depends on the Camunda line is in {@code camunda.line}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(WorkflowApplication.class, args);
  }
}
