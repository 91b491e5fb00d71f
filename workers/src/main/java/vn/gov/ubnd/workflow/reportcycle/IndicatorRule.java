package vn.gov.ubnd.workflow.reportcycle;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Classifies an indicator against its plan. The result as a share of the plan is compared with a
 * band of {@code tolerance} percentage points around 100%: inside the band (edges included) the
 * indicator is met; beyond it on the good side exceeded, on the other side missed. Which side is
 * good is the indicator's direction. A plan of zero has no share: for "higher is better" any result
 * above zero exceeds it; for "lower is better" (no deaths, no backlog) zero meets it and anything
 * above misses it. Exact decimal arithmetic, so that the edges fall where the office reads them.
 *
 * @param defaultTolerancePercent the band when an indicator gives none (report-templates.yaml)
 */
public record IndicatorRule(double defaultTolerancePercent) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public IndicatorRule {
    if (defaultTolerancePercent < 0 || defaultTolerancePercent >= 100) {
      throw new IllegalArgumentException(
          "indicatorRule.defaultTolerancePercent must be from 0 to below 100, not "
              + defaultTolerancePercent);
    }
  }

  /** The tolerance an indicator is judged with: its own, else the configured one. */
  public double toleranceOf(SectionResponse.Indicator indicator) {
    return indicator.tolerancePercent() == null
        ? defaultTolerancePercent
        : indicator.tolerancePercent();
  }

  public IndicatorAssessment assess(SectionResponse.Indicator indicator) {
    IndicatorDirection direction = IndicatorDirection.parse(indicator.direction()).orElse(null);
    if (direction == null || indicator.plan() == null || indicator.actual() == null) {
      return IndicatorAssessment.NOT_ASSESSED;
    }
    return assess(
        direction,
        BigDecimal.valueOf(indicator.plan()),
        BigDecimal.valueOf(indicator.actual()),
        BigDecimal.valueOf(toleranceOf(indicator)));
  }

  static IndicatorAssessment assess(
      IndicatorDirection direction, BigDecimal plan, BigDecimal actual, BigDecimal tolerance) {
    boolean higher = direction == IndicatorDirection.HIGHER_IS_BETTER;
    if (plan.signum() == 0) {
      int sign = actual.signum();
      if (higher) {
        return sign > 0 ? IndicatorAssessment.EXCEEDED : IndicatorAssessment.MET;
      }
      return sign > 0 ? IndicatorAssessment.MISSED : IndicatorAssessment.MET;
    }
    // share − 100, in percentage points, without rounding: actual·100/plan − 100
    BigDecimal share = actual.multiply(HUNDRED).divide(plan, 12, RoundingMode.HALF_EVEN);
    BigDecimal gap = share.subtract(HUNDRED);
    if (gap.abs().compareTo(tolerance) <= 0) {
      return IndicatorAssessment.MET;
    }
    boolean above = gap.signum() > 0;
    return above == higher ? IndicatorAssessment.EXCEEDED : IndicatorAssessment.MISSED;
  }
}
