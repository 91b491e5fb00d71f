package vn.gov.ubnd.workflow.reportcycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule at its edges: inside the band (edges included) met, beyond it exceeded or missed. */
class IndicatorRuleTest {

  @ParameterizedTest(name = "{0}: plan {1}, result {2}, tolerance {3} → {4}")
  @CsvSource({
    // higher is better, no tolerance: exactly the plan is met, a hair above exceeds
    "HIGHER_IS_BETTER, 100, 100, , MET",
    "HIGHER_IS_BETTER, 100, 100.01, , EXCEEDED",
    "HIGHER_IS_BETTER, 100, 99.99, , MISSED",
    // two points of tolerance: 98% and 102% are the band's edges, inside it
    "HIGHER_IS_BETTER, 3, 3.06, 2, MET",
    "HIGHER_IS_BETTER, 3, 2.94, 2, MET",
    "HIGHER_IS_BETTER, 3, 3.0601, 2, EXCEEDED",
    "HIGHER_IS_BETTER, 3, 2.9399, 2, MISSED",
    // lower is better: under the plan exceeds it
    "LOWER_IS_BETTER, 100, 80, , EXCEEDED",
    "LOWER_IS_BETTER, 100, 100, , MET",
    "LOWER_IS_BETTER, 100, 100.5, , MISSED",
    "LOWER_IS_BETTER, 200, 204, 2, MET",
    "LOWER_IS_BETTER, 200, 196, 2, MET",
    "LOWER_IS_BETTER, 200, 204.1, 2, MISSED",
    "LOWER_IS_BETTER, 200, 195.9, 2, EXCEEDED",
    // a plan of zero: no deaths, no backlog
    "LOWER_IS_BETTER, 0, 0, , MET",
    "LOWER_IS_BETTER, 0, 1, , MISSED",
    "HIGHER_IS_BETTER, 0, 0, , MET",
    "HIGHER_IS_BETTER, 0, 5, , EXCEEDED",
  })
  void classifies(
      String direction,
      double plan,
      double actual,
      Double tolerance,
      IndicatorAssessment expected) {
    SectionResponse.Indicator indicator =
        new SectionResponse.Indicator("Chỉ tiêu", "", plan, actual, direction, tolerance);
    assertThat(new IndicatorRule(0).assess(indicator)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "configured tolerance {0}: result {1} of 100 → {2}")
  @CsvSource({"5, 105, MET", "5, 95, MET", "5, 105.0001, EXCEEDED", "5, 94.9999, MISSED"})
  void theConfiguredToleranceAppliesWhenTheIndicatorGivesNone(
      double tolerance, double actual, IndicatorAssessment expected) {
    SectionResponse.Indicator indicator =
        new SectionResponse.Indicator("Chỉ tiêu", "", 100.0, actual, "HIGHER_IS_BETTER", null);
    assertThat(new IndicatorRule(tolerance).assess(indicator)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "plan {0}, result {1}, direction {2} → not assessed")
  @CsvSource({", 10, HIGHER_IS_BETTER", "10, , HIGHER_IS_BETTER", "10, 10, ", "10, 10, sideways"})
  void withoutPlanResultOrDirectionItIsNotAssessed(Double plan, Double actual, String direction) {
    SectionResponse.Indicator indicator =
        new SectionResponse.Indicator("Chỉ tiêu", "", plan, actual, direction, null);
    assertThat(new IndicatorRule(0).assess(indicator)).isEqualTo(IndicatorAssessment.NOT_ASSESSED);
  }
}
