package vn.gov.ubnd.workflow.reportcycle;

import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import java.util.stream.StreamSupport;

/** Reads a process variable's latest value from the test engine's record stream. */
final class BpmnVariables {

  private BpmnVariables() {}

  static Object of(ProcessInstanceEvent instance, String name) {
    String json =
        StreamSupport.stream(BpmnAssert.getRecordStream().variableRecords().spliterator(), false)
            .map(r -> r.getValue())
            .filter(
                v ->
                    v.getProcessInstanceKey() == instance.getProcessInstanceKey()
                        && v.getName().equals(name))
            .map(VariableRecordValue::getValue)
            .reduce((a, b) -> b)
            .orElseThrow(() -> new AssertionError("no variable " + name));
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Object.class);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
