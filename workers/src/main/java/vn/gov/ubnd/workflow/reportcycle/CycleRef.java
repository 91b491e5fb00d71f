package vn.gov.ubnd.workflow.reportcycle;

import java.util.UUID;

/**
 * What names one report cycle in the outgoing register, the council's inbox and the drafts' file
 * names: the id the validation step gave it, unique for ever. A process instance key is not: after
 * the cluster is rebuilt from empty, keys start again, and a new cycle with an old cycle's key
 * would be handed the old report's number. Instances opened before the id existed keep their key,
 * so that their retried steps still find what they claimed.
 */
final class CycleRef {

  private CycleRef() {}

  static String of(String cycleId, long processInstanceKey) {
    return cycleId == null || cycleId.isBlank() ? Long.toString(processInstanceKey) : cycleId;
  }

  /** A new id for a cycle being opened. */
  static String newId() {
    return UUID.randomUUID().toString();
  }
}
