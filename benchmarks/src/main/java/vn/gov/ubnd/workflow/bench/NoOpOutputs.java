package vn.gov.ubnd.workflow.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the real workers return, fixed: the no-op workers of the process-shape ceiling complete each
 * job with it, so the instance takes the same path (registered, ladder planned, waiting).
 */
final class NoOpOutputs {

  private NoOpOutputs() {}

  static Map<String, Object> of(String jobType) {
    String deadline = LocalDate.now().plusYears(1).toString();
    return switch (jobType) {
      case "registerDirective" ->
          Map.ofEntries(
              Map.entry("deadline", deadline),
              Map.entry("deadlineText", deadline),
              Map.entry("originalDeadline", deadline),
              Map.entry("hasDeadline", true),
              Map.entry("workingDaysAllowed", 250),
              Map.entry("assignedOn", LocalDate.now().toString()),
              Map.entry("leadAgencyName", "Sở Tài chính"),
              Map.entry("leadAgencyGroup", "so-tai-chinh"),
              Map.entry("leaderName", "Phó Chủ tịch"),
              Map.entry("leaderGroup", "lanh-dao-pct-kt"),
              Map.entry("officeGroup", "van-phong-ubnd"),
              Map.entry("validationErrors", List.of()));
      case "planFollowUps" ->
          Map.of(
              "followUpPlan",
              List.of(step(1, "OVERDUE", deadline, false)),
              "nextFollowUp",
              step(0, "REMINDER", deadline, false));
      default -> Map.of();
    };
  }

  private static Map<String, Object> step(int level, String code, String day, boolean decision) {
    return Map.of(
        "level", level,
        "code", code,
        "name", code,
        "at", day + "T08:00+07:00",
        "recipient", "LEAD_AGENCY",
        "needsDecision", decision);
  }
}
