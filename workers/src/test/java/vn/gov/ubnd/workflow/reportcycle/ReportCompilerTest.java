package vn.gov.ubnd.workflow.reportcycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.documents.ReportSection;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;

class ReportCompilerTest {

  private static final ReportCompiler COMPILER = new ReportCompiler(new IndicatorRule(0));
  private static final AnswerLines ANSWERS = new AnswerLines(new IndicatorRule(0));

  @Test
  void indicatorsAreWrittenTheVietnameseWay() {
    assertThat(
            ANSWERS.indicatorLine(
                new SectionResponse.Indicator(
                    "Tổng thu ngân sách", "tỷ đồng", 20000.0, 21500.0, "HIGHER_IS_BETTER", null)))
        .isEqualTo(
            "- Tổng thu ngân sách: kế hoạch 20.000 tỷ đồng, thực hiện 21.500 tỷ đồng, bằng 107,5%"
                + " kế hoạch (vượt kế hoạch).");
    assertThat(
            ANSWERS.indicatorLine(
                new SectionResponse.Indicator(
                    "Số vụ tai nạn giao thông", "vụ", 100.0, 80.0, "LOWER_IS_BETTER", null)))
        .isEqualTo(
            "- Số vụ tai nạn giao thông: kế hoạch 100 vụ, thực hiện 80 vụ, bằng 80,0% kế hoạch"
                + " (vượt kế hoạch).");
    assertThat(
            ANSWERS.indicatorLine(new SectionResponse.Indicator("Tỷ lệ hộ nghèo", "%", null, 1.25)))
        .isEqualTo("- Tỷ lệ hộ nghèo: thực hiện 1,25 %.");
    assertThat(AnswerLines.number(1234567.5)).isEqualTo("1.234.567,5");
  }

  @Test
  void reportingPeriodsFollowDecree09() {
    assertThat(ReportingPeriod.of(ReportKind.ANNUAL, 2026, null, 14, 6))
        .isEqualTo(
            new ReportingPeriod(LocalDate.parse("2025-12-15"), LocalDate.parse("2026-12-14")));
    assertThat(ReportingPeriod.of(ReportKind.HALF_YEAR, 2026, null, 14, 6))
        .isEqualTo(
            new ReportingPeriod(LocalDate.parse("2025-12-15"), LocalDate.parse("2026-06-14")));
    assertThat(ReportingPeriod.of(ReportKind.QUARTERLY, 2026, 1, 14, 6))
        .isEqualTo(
            new ReportingPeriod(LocalDate.parse("2025-12-15"), LocalDate.parse("2026-03-14")));
    assertThat(ReportingPeriod.of(ReportKind.QUARTERLY, 2026, 4, 14, 6))
        .isEqualTo(
            new ReportingPeriod(LocalDate.parse("2026-09-15"), LocalDate.parse("2026-12-14")));
  }

  @Test
  void templatesShipForEveryKindWithTheSeedsStructure() throws Exception {
    try (var in = getClass().getResourceAsStream("/data/report-templates.yaml")) {
      ReportTemplates templates = ReportTemplates.read(in, "report-templates.yaml");
      ReportTemplate annual = templates.template(ReportKind.ANNUAL);
      ReportCompiler.Context context =
          new ReportCompiler.Context(ReportKind.ANNUAL, 2025, null, "Kỳ họp thứ mười tám");
      List<String> top =
          annual.sections().stream().map(s -> s.number() + ". " + context.fill(s.title())).toList();
      assertThat(top)
          .containsExactly("A. TÌNH HÌNH CÔNG TÁC NĂM 2025", "B. CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026");
      assertThat(annual.sections().get(0).children())
          .extracting(TemplateSection::number)
          .containsExactly("I", "II", "III");
      assertThat(templates.template(ReportKind.HALF_YEAR).leaves())
          .hasSize(annual.leaves().size() - 1);
      assertThat(annual.defaultDepartments()).contains("STC", "SYT", "CAT");
      assertThat(context.fill(annual.summary()))
          .isEqualTo("Tình hình công tác năm 2025 và Chương trình công tác năm 2026");
    }
  }

  @Test
  void missingAndLateDepartmentsAreListed() {
    ReportTemplate template =
        new ReportTemplate(
            ReportKind.ANNUAL,
            null,
            "s",
            "o",
            "c",
            List.of(
                new TemplateSection(
                    "1", "economy", "Kinh tế", List.of("STC", "SXD"), null, List.of()),
                new TemplateSection(
                    "2",
                    "shortcomings",
                    "Tồn tại",
                    List.of(),
                    TemplateSection.Source.SHORTCOMINGS,
                    List.of())),
            null,
            false);
    SectionResponse stc =
        new SectionResponse(
            "Thu ngân sách tăng.", List.of(), "Chậm giải ngân.", "Tăng tốc.", "A", true);
    ReportCompiler.Compiled compiled =
        COMPILER.compile(
            template,
            new ReportCompiler.Context(ReportKind.ANNUAL, 2025, null, "x"),
            List.of(
                new SectionResult("STC", "Sở Tài chính", SectionOutcome.ACCEPTED, true, stc),
                new SectionResult("SXD", "Sở Xây dựng", SectionOutcome.MISSING, true, null)),
            Map.of());
    assertThat(compiled.sections())
        .extracting(DraftSection::text)
        .containsExactly("Thu ngân sách tăng.", "Chậm giải ngân.");
    assertThat(compiled.lateDepartments()).containsExactly("Sở Tài chính", "Sở Xây dựng");
    assertThat(compiled.missingDepartments()).containsExactly("Sở Xây dựng");
  }

  /** The office edits text; a section dropped, added or renamed is refused, nothing printed. */
  @Test
  void anEditedDraftKeepsItsSectionsOrIsRefused() {
    ReportTemplate template =
        new ReportTemplate(
            ReportKind.ANNUAL,
            null,
            "s",
            "o",
            "c",
            List.of(
                new TemplateSection("1", "economy", "Kinh tế", List.of("STC"), null, List.of()),
                new TemplateSection("2", "society", "Xã hội", List.of("SYT"), null, List.of())),
            null,
            false);
    ReportCompiler.Context context = new ReportCompiler.Context(ReportKind.ANNUAL, 2025, null, "x");
    ReportCompiler compiler = COMPILER;
    DraftSection economy = new DraftSection("economy", "1. Kinh tế", "Thu ngân sách tăng.");
    DraftSection society = new DraftSection("society", "2. Xã hội", "Y tế cơ sở được củng cố.");

    assertThat(compiler.build(template, context, List.of(economy, society), List.of()))
        .extracting(ReportSection::text)
        .containsExactly("Thu ngân sách tăng.", "Y tế cơ sở được củng cố.");
    assertThatThrownBy(
            () ->
                compiler.build(
                    template,
                    context,
                    List.of(new DraftSection(null, null, "Toàn bộ nội dung.")),
                    List.of()))
        .isInstanceOf(InvalidProcessDataException.class)
        .hasMessageContaining("thiếu mục \"1. Kinh tế\"")
        .hasMessageContaining("thiếu mục \"2. Xã hội\"")
        .hasMessageContaining("vẫn còn trong biến draftSections");
    assertThatThrownBy(
            () ->
                compiler.build(
                    template,
                    context,
                    List.of(economy, new DraftSection("society", "2. Văn hóa", "Sửa tên.")),
                    List.of()))
        .hasMessageContaining("mục \"2. Xã hội\" bị đổi tên thành \"2. Văn hóa\"");
    assertThatThrownBy(
            () ->
                compiler.build(
                    template,
                    context,
                    List.of(economy, society, new DraftSection("culture", "3. Văn hóa", "Thêm.")),
                    List.of()))
        .hasMessageContaining("mục mã \"culture\" không có trong mẫu báo cáo");
  }
}
