package vn.gov.ubnd.workflow.bench;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.gov.ubnd.workflow.documents.DocxReportWriter;
import vn.gov.ubnd.workflow.documents.ReportDocument;
import vn.gov.ubnd.workflow.documents.ReportSection;
import vn.gov.ubnd.workflow.reportcycle.DraftSection;
import vn.gov.ubnd.workflow.reportcycle.IndicatorRule;
import vn.gov.ubnd.workflow.reportcycle.ReportCompiler;
import vn.gov.ubnd.workflow.reportcycle.ReportKind;
import vn.gov.ubnd.workflow.reportcycle.ReportTemplate;
import vn.gov.ubnd.workflow.reportcycle.SectionOutcome;
import vn.gov.ubnd.workflow.reportcycle.SectionResponse;
import vn.gov.ubnd.workflow.reportcycle.SectionResult;
import vn.gov.ubnd.workflow.reportcycle.TemplateSection;

/**
 * Compiling the answers of 40 departments (about 2,500 characters and five indicators each) and
 * writing the report as .docx in the Decree 30 format, beside POI writing the same text as plain
 * paragraphs: median of 20 after 5 to warm up.
 */
final class DocxBench {

  private static final int DEPARTMENTS = 40;

  private final Results results;

  DocxBench(Results results) {
    this.results = results;
  }

  void run() throws Exception {
    List<TemplateSection> sections = new ArrayList<>();
    List<SectionResult> answers = new ArrayList<>();
    for (int i = 0; i < DEPARTMENTS; i++) {
      String code = "DV" + i;
      sections.add(
          new TemplateSection(
              Integer.toString(i + 1),
              "s" + i,
              "Kết quả của đơn vị số " + (i + 1),
              List.of(code),
              TemplateSection.Source.DEPARTMENTS,
              List.of()));
      List<SectionResponse.Indicator> indicators = new ArrayList<>();
      for (int k = 0; k < 5; k++) {
        indicators.add(
            new SectionResponse.Indicator("Chỉ tiêu " + k, "tỷ đồng", 20000.0 + k, 21500.0 + k));
      }
      answers.add(
          new SectionResult(
              code,
              "Đơn vị số " + (i + 1),
              SectionOutcome.ACCEPTED,
              false,
              new SectionResponse(
                  "Trong năm, đơn vị đã triển khai đồng bộ các nhiệm vụ được giao. ".repeat(40),
                  indicators,
                  "Một số nhiệm vụ còn chậm so với kế hoạch.",
                  "Tập trung hoàn thành các chỉ tiêu năm sau.",
                  "Nguyễn Văn A",
                  true)));
    }
    ReportTemplate template =
        new ReportTemplate(
            ReportKind.ANNUAL, null, "Báo cáo", "Mở đầu", "Kết luận", sections, null, false);
    ReportCompiler.Context context =
        new ReportCompiler.Context(ReportKind.ANNUAL, 2026, null, "Kỳ họp thứ mười");
    ReportCompiler compiler = new ReportCompiler(new IndicatorRule(0));
    DocxReportWriter writer = new DocxReportWriter();
    long[] ours = new long[20];
    long[] plain = new long[20];
    int bytes = 0;
    for (int round = -5; round < 20; round++) {
      long start = System.nanoTime();
      ReportCompiler.Compiled compiled = compiler.compile(template, context, answers, Map.of());
      List<ReportSection> built = compiler.build(template, context, compiled.sections(), answers);
      byte[] docx =
          writer.write(
              new ReportDocument(
                  "ỦY BAN NHÂN DÂN",
                  "TỈNH ĐỒNG NAI",
                  "Số: 05/BC-UBND",
                  "Đồng Nai, ngày 05 tháng 3 năm 2026",
                  "Báo cáo tình hình kinh tế - xã hội năm 2026",
                  "Mở đầu",
                  built,
                  "Kết luận",
                  List.of("Thường trực HĐND tỉnh", "Lưu: VT"),
                  new ReportDocument.SignatureBlock(
                      List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "Nguyễn Văn B"),
                  false));
      long oursNanos = System.nanoTime() - start;
      bytes = docx.length;
      start = System.nanoTime();
      try (XWPFDocument document = new XWPFDocument();
          ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        for (DraftSection section : compiled.sections()) {
          document.createParagraph().createRun().setText(section.heading());
          document.createParagraph().createRun().setText(section.text());
        }
        document.write(out);
      }
      long plainNanos = System.nanoTime() - start;
      if (round >= 0) {
        ours[round] = oursNanos / 1_000_000;
        plain[round] = plainNanos / 1_000_000;
      }
    }
    Arrays.sort(ours);
    Arrays.sort(plain);
    results.add(
        "Compile and write the .docx of a " + DEPARTMENTS + "-department report (median)",
        String.format("%d ms (%,d bytes)", ours[10], bytes),
        String.format("%d ms: POI, same text, plain paragraphs", plain[10]),
        (double) ours[10] / Math.max(plain[10], 1));
  }
}
