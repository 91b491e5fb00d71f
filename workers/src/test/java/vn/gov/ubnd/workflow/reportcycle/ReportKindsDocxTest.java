package vn.gov.ubnd.workflow.reportcycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.directives.RegisteredSource;
import vn.gov.ubnd.workflow.directives.SourceDocument;
import vn.gov.ubnd.workflow.directives.SourceKind;
import vn.gov.ubnd.workflow.directives.SourceProgress;
import vn.gov.ubnd.workflow.documents.DocxFootnotesProbe;
import vn.gov.ubnd.workflow.documents.DocxReportWriter;
import vn.gov.ubnd.workflow.documents.ReportDocument;
import vn.gov.ubnd.workflow.officedocuments.DocumentFlow;
import vn.gov.ubnd.workflow.officedocuments.DocumentFlowText;
import vn.gov.ubnd.workflow.officedocuments.DocumentKinds;

/**
 * Each kind of council report as the shipped templates build it, reopened from its .docx: the
 * document type, the sections in the seeds' order, the indicators' table, the footnotes.
 */
class ReportKindsDocxTest {

  private static ReportTemplates templates() throws Exception {
    try (var in = ReportKindsDocxTest.class.getResourceAsStream("/data/report-templates.yaml")) {
      return ReportTemplates.read(in, "report-templates.yaml");
    }
  }

  private static DocumentKinds documentKinds() throws Exception {
    try (var in = ReportKindsDocxTest.class.getResourceAsStream("/data/document-kinds.yaml")) {
      return DocumentKinds.read(in, "document-kinds.yaml");
    }
  }

  private static final List<SourceProgress> PROGRESS =
      List.of(
          new SourceProgress("12/NQ-HĐND", 10, 4, 1, 3, 2, 0),
          new SourceProgress("09/CTr-UBND", 6, 2, 0, 1, 1, 2));

  private static final Map<String, RegisteredSource> REGISTERED =
      Map.of(
          "12/NQ-HĐND",
          new RegisteredSource(
              new SourceDocument(
                  "12/NQ-HĐND",
                  LocalDate.of(2025, 12, 10),
                  "HĐND tỉnh",
                  SourceKind.COUNCIL_RESOLUTION,
                  "kế hoạch phát triển kinh tế - xã hội năm 2026"),
              null,
              null));

  private static List<SectionResult> answers() {
    return List.of(
        new SectionResult(
            "STC",
            "Sở Tài chính",
            SectionOutcome.ACCEPTED,
            false,
            new SectionResponse(
                "Thu ngân sách vượt dự toán.",
                List.of(
                    new SectionResponse.Indicator(
                        "Thu ngân sách", "tỷ đồng", 20_000.0, 21_500.0, "HIGHER_IS_BETTER", null),
                    new SectionResponse.Indicator(
                        "Giải ngân đầu tư công", "%", 95.0, 90.0, "HIGHER_IS_BETTER", null)),
                "Giải ngân chậm.",
                "Đẩy nhanh giải ngân.",
                "A",
                true)),
        new SectionResult(
            "CAT",
            "Công an tỉnh",
            SectionOutcome.ACCEPTED,
            false,
            new SectionResponse(
                "An ninh được giữ vững.",
                List.of(
                    new SectionResponse.Indicator(
                        "Số vụ tai nạn giao thông", "vụ", 300.0, 300.0, "LOWER_IS_BETTER", null)),
                "Tội phạm công nghệ cao tăng.",
                "Tấn công tội phạm.",
                "B",
                true)));
  }

  private record Built(List<String> paragraphs, List<XWPFFootnote> footnotes, XWPFDocument doc) {}

  private static Built build(ReportKind kind, Integer quarter, String title) throws Exception {
    ReportTemplates templates = templates();
    ReportTemplate template = templates.template(kind);
    ReportCompiler compiler = new ReportCompiler(templates.indicatorRule().rule());
    ReportCompiler.Context context =
        new ReportCompiler.Context(kind, 2026, title, "Kỳ họp thứ mười, HĐND tỉnh khóa X", quarter);
    Map<TemplateSection.Source, String> figures = new EnumMap<>(TemplateSection.Source.class);
    figures.put(
        TemplateSection.Source.SOURCE_DOCUMENTS,
        SourceDocumentFigures.text(PROGRESS, REGISTERED, template.detailsInFootnotes()));
    figures.put(
        TemplateSection.Source.DIRECTIVES,
        "Từ ngày 15/12/2025 đến ngày 14/12/2026, UBND tỉnh, Chủ tịch UBND tỉnh đã giao 912 nhiệm"
            + " vụ: 571 nhiệm vụ đã hoàn thành (62,6%), 90 nhiệm vụ đang thực hiện (9,9%), 251 nhiệm"
            + " vụ quá hạn (27,5%).");
    figures.put(
        TemplateSection.Source.DOCUMENTS_ISSUED,
        new DocumentFlowText(documentKinds())
            .councilSentence(
                new DocumentFlow(
                    LocalDate.of(2025, 12, 15),
                    LocalDate.of(2026, 12, 14),
                    Map.of(
                        "LEGAL_NORMATIVE",
                        24L,
                        "DECISION",
                        1_830L,
                        "DIRECTIVE",
                        6L,
                        "PLAN",
                        212L,
                        "SUBMISSION",
                        140L,
                        "REPORT",
                        410L,
                        "OFFICIAL_LETTER",
                        9_850L,
                        "INVITATION",
                        600L),
                    21_433L)));
    figures.put(
        TemplateSection.Source.COUNCIL_FOLLOW_UP,
        "Chủ tịch UBND tỉnh và từng thành viên UBND tỉnh đã xem xét, trả lời các kiến nghị của cử tri"
            + " do Thường trực HĐND tỉnh chuyển đến: trong kỳ tiếp nhận 120 kiến nghị, trong đó 80"
            + " kiến nghị đã giải quyết xong (66,7%), 25 kiến nghị đang giải quyết (20,8%), 10 kiến"
            + " nghị đã giải trình, cung cấp thông tin (8,3%), 5 kiến nghị chưa giải quyết được"
            + " (4,2%) và 0 kiến nghị chưa trả lời (0,0%).");
    ReportCompiler.Compiled compiled = compiler.compile(template, context, answers(), figures);
    ReportDocument document =
        new ReportDocument(
            "",
            "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI",
            "Số:      /BC-UBND",
            "Đồng Nai, ngày    tháng    năm 2026",
            context.fill(template.summary()),
            context.fill(template.opening()),
            compiler.build(template, context, compiled.sections(), answers()),
            context.fill(template.closing()),
            templates.recipients(),
            new ReportDocument.SignatureBlock(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "X"),
            true,
            template.documentType());
    byte[] written = new DocxReportWriter().write(document);
    // Kept for the guides' pictures: tools/report-pages/render.sh renders the first two pages.
    Path out = Path.of("target", "report-kinds");
    Files.createDirectories(out);
    Files.write(out.resolve(kind.name().toLowerCase(Locale.ROOT) + ".docx"), written);
    XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(written));
    List<String> paragraphs = new ArrayList<>();
    for (XWPFParagraph p : doc.getParagraphs()) {
      if (!p.getText().isBlank()) {
        paragraphs.add(p.getText());
      }
    }
    return new Built(paragraphs, doc.getFootnotes(), doc);
  }

  private static List<String> headings(Built built, String... expected) {
    List<String> found = new ArrayList<>();
    for (String heading : expected) {
      found.add(
          built.paragraphs().stream().filter(p -> p.equals(heading)).findFirst().orElse(null));
    }
    return found;
  }

  private static void inOrder(Built built, String... headings) {
    assertThat(headings(built, headings)).containsExactly(headings);
    List<Integer> at = new ArrayList<>();
    for (String h : headings) {
      at.add(built.paragraphs().indexOf(h));
    }
    assertThat(at).isSorted();
  }

  @Test
  void theAnnualReportFollowsSeedsAAndB() throws Exception {
    Built annual = build(ReportKind.ANNUAL, null, null);
    assertThat(annual.paragraphs()).contains("BÁO CÁO");
    inOrder(
        annual,
        "A. TÌNH HÌNH CÔNG TÁC NĂM 2026",
        "I. Kết quả chủ yếu",
        "1. Về triển khai thực hiện các Nghị quyết của Chính phủ, Tỉnh ủy và Hội đồng nhân dân tỉnh",
        "2. Về việc thực hiện nhiệm vụ, quyền hạn theo quy định của Luật Tổ chức chính quyền địa"
            + " phương",
        "3. Về thực hiện Chương trình công tác và các nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao",
        "4. Về công tác chỉ đạo, điều hành phát triển kinh tế - xã hội",
        "5. Về phối hợp công tác với Thường trực HĐND tỉnh, Đoàn Đại biểu Quốc hội tỉnh, Ủy ban Mặt"
            + " trận Tổ quốc Việt Nam tỉnh",
        "II. Đánh giá chung",
        "1. Ưu điểm",
        "2. Tồn tại, hạn chế và nguyên nhân",
        "III. Bài học kinh nghiệm trong chỉ đạo, điều hành",
        "B. CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027");
    // 16 tasks, 2 withdrawn: base 14; done 7 (50,0%), in progress 4 (28,6%), overdue 3 (21,4%)
    assertThat(annual.paragraphs())
        .contains(
            "Để triển khai 2 nghị quyết, chương trình, kế hoạch và văn bản chỉ đạo, UBND tỉnh đã giao"
                + " 16 nhiệm vụ (2 nhiệm vụ thôi không thực hiện): 7/14 nhiệm vụ đã hoàn thành"
                + " (50,0%), 4 nhiệm vụ đang thực hiện (chiếm 28,6%), 3 nhiệm vụ quá hạn (chiếm"
                + " 21,4%).",
            "- Nghị quyết số 12/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh về kế hoạch phát triển kinh tế"
                + " - xã hội năm 2026: giao 10 nhiệm vụ, đã hoàn thành 5, đang thực hiện 3, quá hạn"
                + " 2;",
            "- Chương trình số 09/CTr-UBND: giao 6 nhiệm vụ, đã hoàn thành 2, đang thực hiện 1, quá"
                + " hạn 1, thôi không thực hiện 2;",
            "Trong 3 chỉ tiêu chủ yếu có 1 chỉ tiêu vượt kế hoạch (Thu ngân sách), 1 chỉ tiêu đạt kế"
                + " hoạch và 1 chỉ tiêu không đạt kế hoạch (Giải ngân đầu tư công).");
    assertThat(annual.footnotes()).isEmpty();
    var indicators = annual.doc().getTables().get(1);
    assertThat(indicators.getRow(0).getCell(6).getText()).isEqualTo("Đánh giá");
    assertThat(indicators.getRows()).hasSize(4);
    assertThat(indicators.getRow(3).getCell(6).getText()).isEqualTo("Đạt kế hoạch");
    assertThat(indicators.getRow(2).getCell(5).getText()).isEqualTo("94,7");
  }

  @Test
  void theHalfYearReportIsASummaryWithoutLessons() throws Exception {
    Built half = build(ReportKind.HALF_YEAR, null, null);
    assertThat(half.paragraphs()).contains("BÁO CÁO TÓM TẮT");
    inOrder(
        half,
        "A. TÌNH HÌNH CÔNG TÁC 6 THÁNG ĐẦU NĂM 2026",
        "II. Đánh giá chung",
        "2. Tồn tại, hạn chế",
        "B. CHƯƠNG TRÌNH CÔNG TÁC 6 THÁNG CUỐI NĂM 2026");
    assertThat(half.paragraphs()).noneMatch(p -> p.startsWith("III. Bài học"));
  }

  @Test
  void theQuarterlyReportNamesItsQuarterAndTheNext() throws Exception {
    Built fourth = build(ReportKind.QUARTERLY, 4, null);
    assertThat(fourth.paragraphs())
        .contains("Tình hình công tác quý IV năm 2026 và nhiệm vụ trọng tâm quý I năm 2027");
    inOrder(
        fourth, "A. TÌNH HÌNH CÔNG TÁC QUÝ IV NĂM 2026", "B. CHƯƠNG TRÌNH CÔNG TÁC QUÝ I NĂM 2027");
  }

  @Test
  void theThematicReviewHasTwoPartsAndItsDetailsInWordFootnotes() throws Exception {
    Built review =
        build(
            ReportKind.THEMATIC,
            null,
            "Kiểm điểm công tác chỉ đạo, điều hành của Ủy ban nhân dân tỉnh năm 2026");
    inOrder(
        review,
        "Phần thứ nhất: CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH NĂM 2026",
        "I. VỀ CHỈ ĐẠO ĐIỀU HÀNH PHÁT TRIỂN KINH TẾ - XÃ HỘI",
        "II. VỀ VIỆC THỰC HIỆN QUY CHẾ LÀM VIỆC VÀ CHƯƠNG TRÌNH CÔNG TÁC",
        "1. Thực hiện quy chế làm việc của Ủy ban nhân dân tỉnh",
        "1.1. Thực hiện nguyên tắc làm việc, công tác phối hợp",
        "1.2. Kiểm tra, đôn đốc việc thực hiện nhiệm vụ, công việc",
        "1.3. Thực hiện chế độ thông tin, báo cáo",
        "2. Thực hiện chương trình công tác",
        "III. TỒN TẠI, HẠN CHẾ",
        "Phần thứ hai: MỘT SỐ NHIỆM VỤ TRỌNG TÂM TRONG CHỈ ĐẠO ĐIỀU HÀNH NĂM 2027");
    // the per-document lines went to a Word footnote, not the body
    assertThat(review.paragraphs()).noneMatch(p -> p.startsWith("- Nghị quyết số 12/NQ-HĐND"));
    assertThat(review.footnotes())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.getParagraphs().get(0).getText())
                    .contains("Nghị quyết số 12/NQ-HĐND ngày 10/12/2025")
                    .contains("Chương trình số 09/CTr-UBND"));
    assertThat(review.paragraphs())
        .anyMatch(p -> p.startsWith("Để triển khai 2 nghị quyết") && !p.contains("^["));
  }

  @Test
  void theOfficesOwnFootnotesBecomeWordFootnotes() {
    assertThat(DocxFootnotesProbe.pieces("A^[B [C] D] E.")).containsExactly("A", "^B [C] D", " E.");
  }
}
