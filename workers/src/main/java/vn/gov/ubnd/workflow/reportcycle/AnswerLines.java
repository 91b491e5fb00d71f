package vn.gov.ubnd.workflow.reportcycle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A department's answer as the draft prints it: its results, then one line per indicator. */
final class AnswerLines {

  private final IndicatorRule indicatorRule;

  AnswerLines(IndicatorRule indicatorRule) {
    this.indicatorRule = indicatorRule;
  }

  String results(SectionResponse response) {
    List<String> lines = new ArrayList<>();
    if (response.results() != null && !response.results().isBlank()) {
      lines.add(response.results().trim());
    }
    for (SectionResponse.Indicator i : response.indicators()) {
      lines.add(indicatorLine(i));
    }
    return String.join("\n", lines);
  }

  /**
   * "- Tổng thu ngân sách: kế hoạch 20.000 tỷ đồng, thực hiện 21.500 tỷ đồng, bằng 107,5% kế hoạch
   * (vượt kế hoạch)."
   */
  String indicatorLine(SectionResponse.Indicator i) {
    String unit = i.unit() == null || i.unit().isBlank() ? "" : " " + i.unit().trim();
    StringBuilder line = new StringBuilder("- ").append(i.name().trim()).append(": ");
    if (i.plan() != null) {
      line.append("kế hoạch ").append(number(i.plan())).append(unit).append(", ");
    }
    line.append("thực hiện ")
        .append(i.actual() == null ? "chưa có số liệu" : number(i.actual()) + unit);
    if (i.plan() != null && i.plan() != 0 && i.actual() != null) {
      line.append(", bằng ").append(IndicatorScorecard.share(i)).append("% kế hoạch");
    }
    IndicatorAssessment assessment = indicatorRule.assess(i);
    if (assessment != IndicatorAssessment.NOT_ASSESSED) {
      line.append(" (").append(assessment.label().toLowerCase(Locale.ROOT)).append(')');
    }
    return line.append('.').toString();
  }

  /** Vietnamese number writing: 21.500,5 */
  static String number(double value) {
    BigDecimal v = BigDecimal.valueOf(value).stripTrailingZeros();
    String plain = v.scale() <= 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    String[] parts = plain.split("\\.");
    StringBuilder integer = new StringBuilder(parts[0]);
    boolean negative = integer.charAt(0) == '-';
    int start = negative ? 1 : 0;
    for (int i = integer.length() - 3; i > start; i -= 3) {
      integer.insert(i, '.');
    }
    return parts.length > 1 ? integer + "," + parts[1] : integer.toString();
  }
}
