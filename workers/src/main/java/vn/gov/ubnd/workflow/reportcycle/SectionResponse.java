package vn.gov.ubnd.workflow.reportcycle;

import java.util.List;

/**
 * A department's answer, as its form sends it.
 *
 * @param results results in its field
 * @param indicators the indicators with plan and actual
 * @param shortcomings shortcomings and their causes
 * @param nextTasks tasks and solutions for the next period
 * @param contactPerson who to ask
 * @param headApproved the department head approved it
 */
public record SectionResponse(
    String results,
    List<Indicator> indicators,
    String shortcomings,
    String nextTasks,
    String contactPerson,
    Boolean headApproved) {

  /** An indicator: name, unit, planned and actual value. */
  public record Indicator(String name, String unit, Double plan, Double actual) {}

  public SectionResponse {
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
  }
}
