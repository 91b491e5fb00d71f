package vn.gov.ubnd.workflow.testing;

import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a hostile completion adds to a form's own fields (another group, another record's id), and
 * what the process holds under those names, to show that nothing of it got in.
 */
public record HostileCompletion(Map<String, Object> extras) {

  public HostileCompletion {
    extras = Map.copyOf(extras);
  }

  /** The form's fields with the extras; the form's own win. */
  public Map<String, Object> with(Map<String, Object> form) {
    Map<String, Object> all = new LinkedHashMap<>(extras);
    all.putAll(form);
    return all;
  }

  /** The extras without the fields a form may send itself. */
  public Map<String, Object> without(Set<String> formFields) {
    Map<String, Object> rest = new LinkedHashMap<>(extras);
    rest.keySet().removeAll(formFields);
    return rest;
  }

  /** The values the process holds at its own scope for the extras' names. */
  public Map<String, Object> held(ProcessInstanceEvent instance) {
    Map<String, Object> held = new LinkedHashMap<>();
    for (String name : extras.keySet()) {
      ProcessVariables.global(instance, name).ifPresent(v -> held.put(name, v));
    }
    return held;
  }
}
