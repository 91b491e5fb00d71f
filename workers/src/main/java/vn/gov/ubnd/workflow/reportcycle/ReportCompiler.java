package vn.gov.ubnd.workflow.reportcycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.gov.ubnd.workflow.documents.ReportSection;

/**
 * Merges the accepted answers into the template's sections (pure logic): the draft the office
 * edits, and the section tree the document is built from.
 */
public final class ReportCompiler {

  /**
   * The compiled draft.
   *
   * @param sections leaf sections with their text, in print order
   * @param lateDepartments departments whose answer came after the overdue notice
   * @param missingDepartments departments closed at the cut-off without an answer
   */
  public record Compiled(
      List<DraftSection> sections, List<String> lateDepartments, List<String> missingDepartments) {}

  /**
   * What fills a template's placeholders.
   *
   * @param kind the report kind
   * @param year the report's year
   * @param title the thematic title
   * @param session the session's name
   */
  public record Context(ReportKind kind, int year, String title, String session) {

    String fill(String text) {
      String period =
          switch (kind) {
            case ANNUAL, THEMATIC -> "NĂM " + year;
            case HALF_YEAR -> "6 THÁNG ĐẦU NĂM " + year;
          };
      String nextPeriod =
          switch (kind) {
            case ANNUAL, THEMATIC -> "NĂM " + (year + 1);
            case HALF_YEAR -> "6 THÁNG CUỐI NĂM " + year;
          };
      return text.replace("{periodTitle}", period)
          .replace("{nextPeriodTitle}", nextPeriod)
          .replace("{nextYear}", Integer.toString(year + 1))
          .replace("{year}", Integer.toString(year))
          .replace("{title}", title == null ? "" : title)
          .replace("{session}", session == null ? "" : session);
    }
  }

  public Compiled compile(
      ReportTemplate template,
      Context context,
      List<SectionResult> results,
      String directivesText) {
    List<SectionResult> accepted =
        results.stream().filter(r -> r.status() == SectionOutcome.ACCEPTED).toList();
    List<DraftSection> sections = new ArrayList<>();
    walk(
        template.sections(),
        "",
        context,
        (section, heading) -> {
          String text =
              switch (section.source()) {
                case DEPARTMENTS ->
                    section.contributors().stream()
                        .flatMap(
                            code -> accepted.stream().filter(r -> r.departmentCode().equals(code)))
                        .map(r -> results(r.response()))
                        .filter(t -> !t.isBlank())
                        .collect(Collectors.joining("\n"));
                case SHORTCOMINGS ->
                    join(accepted.stream().map(r -> r.response().shortcomings()).toList());
                case NEXT_TASKS ->
                    join(accepted.stream().map(r -> r.response().nextTasks()).toList());
                case DIRECTIVES -> directivesText == null ? "" : directivesText;
                case OFFICE -> "";
              };
          sections.add(new DraftSection(section.key(), heading, text));
        });
    return new Compiled(
        sections,
        results.stream().filter(SectionResult::late).map(SectionResult::departmentName).toList(),
        results.stream()
            .filter(r -> r.status() == SectionOutcome.MISSING)
            .map(SectionResult::departmentName)
            .toList());
  }

  /**
   * The section tree for the document, with the (edited) text of each leaf. The edited draft must
   * hold each of the template's sections once, under its own heading: a section dropped, added or
   * renamed is refused (the office's text stays in the instance), never printed without it.
   */
  public List<ReportSection> build(
      ReportTemplate template, Context context, List<DraftSection> draft) {
    Map<String, String> headings = new LinkedHashMap<>();
    walk(template.sections(), "", context, (leaf, heading) -> headings.put(leaf.key(), heading));
    List<String> problems = new ArrayList<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (DraftSection d : draft) {
      if (!headings.containsKey(d.key())) {
        problems.add("mục mã \"" + d.key() + "\" không có trong mẫu báo cáo");
      } else if (texts.containsKey(d.key())) {
        problems.add("mục \"" + headings.get(d.key()) + "\" có hai lần");
      } else if (d.heading() != null && !d.heading().equals(headings.get(d.key()))) {
        problems.add(
            "mục \"" + headings.get(d.key()) + "\" bị đổi tên thành \"" + d.heading() + "\"");
      }
      texts.putIfAbsent(d.key(), d.text() == null ? "" : d.text());
    }
    headings.keySet().stream()
        .filter(key -> !texts.containsKey(key))
        .forEach(key -> problems.add("thiếu mục \"" + headings.get(key) + "\""));
    if (!problems.isEmpty()) {
      throw new vn.gov.ubnd.workflow.failures.InvalidProcessDataException(
          "Dự thảo đã sửa (biến draftSections) không khớp các mục của báo cáo: "
              + String.join("; ", problems)
              + ". Nội dung đã nhập vẫn còn trong biến draftSections: sửa biến cho đủ và đúng các"
              + " mục (mã key, tên heading như khi tổng hợp) rồi thử lại.");
    }
    return build(template.sections(), context, texts);
  }

  private List<ReportSection> build(
      List<TemplateSection> sections, Context context, Map<String, String> texts) {
    return sections.stream()
        .map(
            s ->
                new ReportSection(
                    s.number(),
                    context.fill(s.title()),
                    s.isLeaf() ? texts.getOrDefault(s.key(), "") : "",
                    build(s.children(), context, texts)))
        .toList();
  }

  private interface LeafVisitor {
    void visit(TemplateSection leaf, String heading);
  }

  private static void walk(
      List<TemplateSection> sections, String path, Context context, LeafVisitor visitor) {
    for (TemplateSection s : sections) {
      String heading =
          (path.isEmpty() ? "" : path + " › ") + s.number() + ". " + context.fill(s.title());
      if (s.isLeaf()) {
        visitor.visit(s, heading);
      } else {
        walk(s.children(), heading, context, visitor);
      }
    }
  }

  private static String join(List<String> parts) {
    return parts.stream()
        .filter(Objects::nonNull)
        .map(String::trim)
        .filter(p -> !p.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  static String results(SectionResponse response) {
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
   * "- Tổng thu ngân sách: kế hoạch 20.000 tỷ đồng, thực hiện 21.500 tỷ đồng, đạt 107,5% kế hoạch."
   */
  static String indicatorLine(SectionResponse.Indicator i) {
    String unit = i.unit() == null || i.unit().isBlank() ? "" : " " + i.unit().trim();
    StringBuilder line = new StringBuilder("- ").append(i.name().trim()).append(": ");
    if (i.plan() != null) {
      line.append("kế hoạch ").append(number(i.plan())).append(unit).append(", ");
    }
    line.append("thực hiện ")
        .append(i.actual() == null ? "chưa có số liệu" : number(i.actual()) + unit);
    if (i.plan() != null && i.plan() != 0 && i.actual() != null) {
      BigDecimal percent =
          BigDecimal.valueOf(i.actual())
              .multiply(BigDecimal.valueOf(100))
              .divide(BigDecimal.valueOf(i.plan()), 1, RoundingMode.HALF_UP);
      line.append(", đạt ").append(percent.toPlainString().replace('.', ',')).append("% kế hoạch");
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
