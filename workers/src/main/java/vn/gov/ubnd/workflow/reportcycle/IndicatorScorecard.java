package vn.gov.ubnd.workflow.reportcycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.gov.ubnd.workflow.documents.ReportTable;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * The departments' indicators against plan as the seeds state them: "Trong N chỉ tiêu chủ yếu có N
 * chỉ tiêu vượt kế hoạch (…), N chỉ tiêu đạt kế hoạch và N chỉ tiêu không đạt kế hoạch (…)", and a
 * table of every indicator with its share of the plan and its assessment. Pure logic.
 */
final class IndicatorScorecard {

  /** An indicator with the department that reported it and its assessment. */
  public record Line(
      String department, SectionResponse.Indicator indicator, IndicatorAssessment assessment) {}

  private final List<Line> lines;

  public IndicatorScorecard(List<SectionResult> results, IndicatorRule rule) {
    List<Line> all = new ArrayList<>();
    for (SectionResult r : results) {
      if (r.status() != SectionOutcome.ACCEPTED || r.response() == null) {
        continue;
      }
      for (SectionResponse.Indicator i : r.response().indicators()) {
        if (i != null && i.name() != null && !i.name().isBlank()) {
          all.add(new Line(r.departmentName(), i, rule.assess(i)));
        }
      }
    }
    this.lines = List.copyOf(all);
  }

  public List<Line> lines() {
    return lines;
  }

  public Map<IndicatorAssessment, List<Line>> byAssessment() {
    Map<IndicatorAssessment, List<Line>> by = new EnumMap<>(IndicatorAssessment.class);
    for (IndicatorAssessment a : IndicatorAssessment.values()) {
      by.put(a, new ArrayList<>());
    }
    lines.forEach(l -> by.get(l.assessment()).add(l));
    return by;
  }

  /** The tally sentence; empty when no department reported an indicator. */
  public String sentence() {
    if (lines.isEmpty()) {
      return "";
    }
    Map<IndicatorAssessment, List<Line>> by = byAssessment();
    int over = by.get(IndicatorAssessment.EXCEEDED).size();
    int met = by.get(IndicatorAssessment.MET).size();
    int missed = by.get(IndicatorAssessment.MISSED).size();
    int base = over + met + missed;
    StringBuilder text = new StringBuilder();
    if (base > 0) {
      text.append("Trong ")
          .append(base)
          .append(" chỉ tiêu chủ yếu có ")
          .append(over)
          .append(" chỉ tiêu vượt kế hoạch")
          .append(names(by.get(IndicatorAssessment.EXCEEDED)))
          .append(", ")
          .append(met)
          .append(" chỉ tiêu đạt kế hoạch và ")
          .append(missed)
          .append(" chỉ tiêu không đạt kế hoạch")
          .append(names(by.get(IndicatorAssessment.MISSED)))
          .append('.');
    }
    List<Line> unassessed = by.get(IndicatorAssessment.NOT_ASSESSED);
    if (!unassessed.isEmpty()) {
      text.append(text.isEmpty() ? "" : " ")
          .append(unassessed.size())
          .append(" chỉ tiêu chưa đánh giá được (chưa có kế hoạch hoặc số thực hiện)")
          .append(names(unassessed))
          .append('.');
    }
    return text.toString();
  }

  private static String names(List<Line> lines) {
    if (lines.isEmpty()) {
      return "";
    }
    return " ("
        + String.join(", ", lines.stream().map(l -> l.indicator().name().trim()).toList())
        + ")";
  }

  /** Every indicator: name, unit, plan, result, share of plan, assessment, department. */
  public ReportTable table() {
    List<List<String>> rows = new ArrayList<>();
    int n = 1;
    for (Line l : lines) {
      SectionResponse.Indicator i = l.indicator();
      rows.add(
          List.of(
              Integer.toString(n++),
              i.name().trim(),
              i.unit() == null ? "" : i.unit().trim(),
              i.plan() == null ? "–" : AnswerLines.number(i.plan()),
              i.actual() == null ? "–" : AnswerLines.number(i.actual()),
              share(i),
              l.assessment().label(),
              l.department()));
    }
    return new ReportTable(
        List.of(
            "TT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Kế hoạch",
            "Thực hiện",
            "So với kế hoạch (%)",
            "Đánh giá",
            "Cơ quan báo cáo"),
        rows,
        List.of(5, 25, 9, 11, 11, 10, 13, 16));
  }

  /** "107,5": the result as a share of the plan, one decimal; "–" without one. */
  static String share(SectionResponse.Indicator i) {
    if (i.plan() == null || i.plan() == 0 || i.actual() == null) {
      return "–";
    }
    return OfficeInput.decimal(
        BigDecimal.valueOf(i.actual())
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(i.plan()), 1, RoundingMode.HALF_UP));
  }
}
