package vn.gov.ubnd.workflow.reportcycle;

import java.util.ArrayList;
import java.util.Collections;
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

  /**
   * An indicator: name, unit, planned and actual value, which way it improves ({@link
   * IndicatorDirection}'s code) and the band around the plan still counted as met, in percentage
   * points (none: the configured one).
   */
  public record Indicator(
      String name,
      String unit,
      Double plan,
      Double actual,
      String direction,
      Double tolerancePercent) {

    public Indicator(String name, String unit, Double plan, Double actual) {
      this(name, unit, plan, actual, null, null);
    }
  }

  public SectionResponse {
    // Kept as sent, empty rows included, so that SectionAnswerRules can name them (List.copyOf
    // would refuse a null row with an exception no office could read).
    indicators =
        indicators == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(indicators));
  }
}
