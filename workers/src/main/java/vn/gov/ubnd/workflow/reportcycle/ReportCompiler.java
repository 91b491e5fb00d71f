package vn.gov.ubnd.workflow.reportcycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.gov.ubnd.workflow.documents.ReportSection;
import vn.gov.ubnd.workflow.documents.ReportTable;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;

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
   * @param quarter the quarter (1–4) of a quarterly report
   */
  public record Context(ReportKind kind, int year, String title, String session, Integer quarter) {

    public Context(ReportKind kind, int year, String title, String session) {
      this(kind, year, title, session, null);
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private int quarterNumber() {
      if (quarter == null || quarter < 1 || quarter > 4) {
        throw new InvalidProcessDataException(
            "Báo cáo quý cần quý (biến quarter) từ 1 đến 4, không phải " + quarter + ".");
      }
      return quarter;
    }

    /** "II năm 2026"; the quarter after the fourth is the first of the next year. */
    private String nextQuarter() {
      int q = quarterNumber();
      return q == 4 ? "I năm " + (year + 1) : ROMAN[q] + " năm " + year;
    }

    String fill(String text) {
      String period =
          switch (kind) {
            case ANNUAL, THEMATIC -> "NĂM " + year;
            case HALF_YEAR -> "6 THÁNG ĐẦU NĂM " + year;
            case QUARTERLY -> "QUÝ " + ROMAN[quarterNumber() - 1] + " NĂM " + year;
          };
      String nextPeriod =
          switch (kind) {
            case ANNUAL, THEMATIC -> "NĂM " + (year + 1);
            case HALF_YEAR -> "6 THÁNG CUỐI NĂM " + year;
            case QUARTERLY -> "QUÝ " + nextQuarter().toUpperCase(Locale.ROOT);
          };
      String filled =
          text.replace("{periodTitle}", period)
              .replace("{nextPeriodTitle}", nextPeriod)
              .replace("{nextYear}", Integer.toString(year + 1))
              .replace("{year}", Integer.toString(year))
              .replace("{title}", title == null ? "" : title)
              .replace("{session}", session == null ? "" : session);
      if (kind == ReportKind.QUARTERLY) {
        filled =
            filled
                .replace("{quarter}", ROMAN[quarterNumber() - 1])
                .replace("{nextQuarter}", nextQuarter());
      }
      return filled;
    }
  }

  private final IndicatorRule indicatorRule;
  private final AnswerLines answers;

  public ReportCompiler(IndicatorRule indicatorRule) {
    this.indicatorRule = indicatorRule;
    this.answers = new AnswerLines(indicatorRule);
  }

  /**
   * The draft: each leaf's text from its sources in order, the departments' from their accepted
   * answers, the system's figures from {@code figures} (one text per source, computed for the
   * period by the caller).
   */
  public Compiled compile(
      ReportTemplate template,
      Context context,
      List<SectionResult> results,
      Map<TemplateSection.Source, String> figures) {
    List<SectionResult> accepted =
        results.stream().filter(r -> r.status() == SectionOutcome.ACCEPTED).toList();
    List<DraftSection> sections = new ArrayList<>();
    walk(
        template.sections(),
        "",
        context,
        (section, heading) -> {
          List<String> parts = new ArrayList<>();
          for (TemplateSection.Source source : section.sources()) {
            parts.add(text(source, section, accepted, figures));
          }
          sections.add(new DraftSection(section.key(), heading, join(parts)));
        });
    return new Compiled(
        sections,
        results.stream().filter(SectionResult::late).map(SectionResult::departmentName).toList(),
        results.stream()
            .filter(r -> r.status() == SectionOutcome.MISSING)
            .map(SectionResult::departmentName)
            .toList());
  }

  private String text(
      TemplateSection.Source source,
      TemplateSection section,
      List<SectionResult> accepted,
      Map<TemplateSection.Source, String> figures) {
    return switch (source) {
      case DEPARTMENTS ->
          section.contributors().stream()
              .flatMap(code -> accepted.stream().filter(r -> r.departmentCode().equals(code)))
              .map(r -> answers.results(r.response()))
              .filter(t -> !t.isBlank())
              .collect(Collectors.joining("\n"));
      case SHORTCOMINGS -> join(accepted.stream().map(r -> r.response().shortcomings()).toList());
      case NEXT_TASKS -> join(accepted.stream().map(r -> r.response().nextTasks()).toList());
      case INDICATORS -> new IndicatorScorecard(accepted, indicatorRule).sentence();
      case OFFICE -> "";
      case DIRECTIVES, SOURCE_DOCUMENTS, COUNCIL_FOLLOW_UP, DOCUMENTS_ISSUED ->
          figures.getOrDefault(source, "");
    };
  }

  /**
   * The section tree for the document, with the (edited) text of each leaf. The edited draft must
   * hold each of the template's sections once, under its own heading: a section dropped, added or
   * renamed is refused (the office's text stays in the instance), never printed without it.
   */
  public List<ReportSection> build(
      ReportTemplate template,
      Context context,
      List<DraftSection> draft,
      List<SectionResult> results) {
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
      throw new InvalidProcessDataException(
          "Dự thảo đã sửa (biến draftSections) không khớp các mục của báo cáo: "
              + String.join("; ", problems)
              + ". Nội dung đã nhập vẫn còn trong biến draftSections: sửa biến cho đủ và đúng các"
              + " mục (mã key, tên heading như khi tổng hợp) rồi thử lại.");
    }
    IndicatorScorecard scorecard =
        new IndicatorScorecard(results == null ? List.of() : results, indicatorRule);
    List<ReportTable> indicatorTables =
        scorecard.lines().isEmpty() ? List.of() : List.of(scorecard.table());
    return build(template.sections(), context, texts, indicatorTables);
  }

  private List<ReportSection> build(
      List<TemplateSection> sections,
      Context context,
      Map<String, String> texts,
      List<ReportTable> indicatorTables) {
    return sections.stream()
        .map(
            s ->
                new ReportSection(
                    s.number(),
                    context.fill(s.title()),
                    s.isLeaf() ? texts.getOrDefault(s.key(), "") : "",
                    build(s.children(), context, texts, indicatorTables),
                    s.isLeaf() && s.sources().contains(TemplateSection.Source.INDICATORS)
                        ? indicatorTables
                        : List.of(),
                    List.of()))
        .toList();
  }

  private interface LeafVisitor {
    void visit(TemplateSection leaf, String heading);
  }

  private static void walk(
      List<TemplateSection> sections, String path, Context context, LeafVisitor visitor) {
    for (TemplateSection s : sections) {
      String heading =
          (path.isEmpty() ? "" : path + " › ")
              + ReportSection.heading(s.number(), context.fill(s.title()));
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
}
