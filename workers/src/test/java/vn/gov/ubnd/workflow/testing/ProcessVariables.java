package vn.gov.ubnd.workflow.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** Reads process variables from the test engine's record stream. */
public final class ProcessVariables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProcessVariables() {}

  /** The latest value of a variable of the instance, in any scope. */
  public static Object of(ProcessInstanceEvent instance, String name) {
    return latest(instance, name, false)
        .orElseThrow(() -> new AssertionError("no variable " + name));
  }

  /**
   * The latest value of a variable at the instance's own scope, what every later step sees;
   * variables local to a task (those a completed form sent beyond its output mappings) are not.
   */
  public static Optional<Object> global(ProcessInstanceEvent instance, String name) {
    return latest(instance, name, true);
  }

  private static Optional<Object> latest(
      ProcessInstanceEvent instance, String name, boolean globalOnly) {
    return StreamSupport.stream(BpmnAssert.getRecordStream().variableRecords().spliterator(), false)
        .map(r -> r.getValue())
        .filter(
            v ->
                v.getProcessInstanceKey() == instance.getProcessInstanceKey()
                    && v.getName().equals(name)
                    && (!globalOnly || v.getScopeKey() == instance.getProcessInstanceKey()))
        .map(VariableRecordValue::getValue)
        .reduce((a, b) -> b)
        .map(
            json -> {
              try {
                return JSON.readValue(json, Object.class);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }
}
