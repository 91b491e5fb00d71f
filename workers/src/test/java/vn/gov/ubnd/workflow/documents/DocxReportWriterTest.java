package vn.gov.ubnd.workflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The .docx opened again with POI: the parts Decree 30/2020 asks for, where it asks. */
class DocxReportWriterTest {

  private static ReportDocument report() {
    return new ReportDocument(
        "",
        "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI",
        "Số: 05/BC-UBND",
        "Đồng Nai, ngày 05 tháng 3 năm 2026",
        "Tình hình công tác năm 2025 và Chương trình công tác năm 2026",
        "Căn cứ Chương trình Kỳ họp thứ mười tám, Ủy ban nhân dân tỉnh báo cáo như sau:",
        List.of(
            new ReportSection(
                "A",
                "TÌNH HÌNH CÔNG TÁC NĂM 2025",
                "",
                List.of(
                    new ReportSection(
                        "I",
                        "Kết quả chủ yếu",
                        "",
                        List.of(
                            new ReportSection(
                                "1",
                                "Về phát triển kinh tế",
                                "Tổng thu ngân sách đạt 107,5%.",
                                List.of()))),
                    new ReportSection("II", "Đánh giá chung", "Đoàn kết, quyết liệt.", List.of()))),
            new ReportSection(
                "B", "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026", "Đẩy nhanh giải ngân.", List.of())),
        "Ủy ban nhân dân tỉnh báo cáo Hội đồng nhân dân tỉnh xem xét, chỉ đạo.",
        List.of("Thường trực HĐND tỉnh;", "CT, các PCT UBND tỉnh;", "Lưu: VT."),
        new ReportDocument.SignatureBlock(
            List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Phạm Thị Hoa"),
        false);
  }

  private static XWPFDocument reopened() throws Exception {
    return new XWPFDocument(new ByteArrayInputStream(new DocxReportWriter().write(report())));
  }

  private static String text(XWPFTable table, int column) {
    return table.getRow(0).getCell(column).getText();
  }

  @Test
  void a4WithTheDecreesMarginsInTimesNewRoman() throws Exception {
    try (XWPFDocument doc = reopened()) {
      var sect = doc.getDocument().getBody().getSectPr();
      assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
      assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
      assertThat(sect.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134)); // 20 mm
      assertThat(sect.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701)); // 30 mm
      assertThat(sect.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850)); // 15 mm
      for (XWPFParagraph p : doc.getParagraphs()) {
        for (XWPFRun r : p.getRuns()) {
          assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
        }
      }
    }
  }

  @Test
  void headerWithIssuingBodyNumberQuocHieuAndItalicDateLine() throws Exception {
    try (XWPFDocument doc = reopened()) {
      XWPFTable header = doc.getTables().get(0);
      assertThat(text(header, 0))
          .contains("ỦY BAN NHÂN DÂN")
          .contains("TỈNH ĐỒNG NAI")
          .contains("Số: 05/BC-UBND");
      assertThat(text(header, 1))
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("Độc lập - Tự do - Hạnh phúc")
          .contains("Đồng Nai, ngày 05 tháng 3 năm 2026");
      XWPFRun dateRun =
          header.getRow(0).getCell(1).getParagraphs().stream()
              .filter(p -> p.getText().startsWith("Đồng Nai, ngày"))
              .findFirst()
              .orElseThrow()
              .getRuns()
              .get(0);
      assertThat(dateRun.isItalic()).isTrue();
      // The body (first element) is the header table, before "BÁO CÁO".
      IBodyElement first = doc.getBodyElements().get(0);
      assertThat(first).isInstanceOf(XWPFTable.class);
    }
  }

  @Test
  void titleHeadingsInOrderRecipientsAndSignature() throws Exception {
    try (XWPFDocument doc = reopened()) {
      List<String> paragraphs =
          doc.getParagraphs().stream()
              .map(XWPFParagraph::getText)
              .filter(t -> !t.isBlank())
              .toList();
      assertThat(paragraphs)
          .containsSubsequence(
              "BÁO CÁO",
              "Tình hình công tác năm 2025 và Chương trình công tác năm 2026",
              "A. TÌNH HÌNH CÔNG TÁC NĂM 2025",
              "I. Kết quả chủ yếu",
              "1. Về phát triển kinh tế",
              "Tổng thu ngân sách đạt 107,5%.",
              "II. Đánh giá chung",
              "B. CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026",
              "Ủy ban nhân dân tỉnh báo cáo Hội đồng nhân dân tỉnh xem xét, chỉ đạo.");
      assertThat(paragraphs).doesNotContain("DỰ THẢO");
      XWPFTable footer = doc.getTables().get(1);
      assertThat(text(footer, 0))
          .startsWith("Nơi nhận:")
          .contains("- Thường trực HĐND tỉnh;")
          .contains("- Lưu: VT.");
      assertThat(
              footer.getRow(0).getCell(1).getParagraphs().stream()
                  .map(XWPFParagraph::getText)
                  .filter(t -> !t.isBlank())
                  .toList())
          .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Thị Hoa");
    }
  }

  @Test
  void issuingBodyIsPrintedOverTwoLines() {
    assertThat(DocxFrame.splitIssuingBody("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI"))
        .containsExactly("ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI");
  }

  @Test
  void pagesAreNumberedCentredAtTheTopFromTheSecondPageOn() throws Exception {
    try (XWPFDocument doc = reopened()) {
      CTSectPr section = doc.getDocument().getBody().getSectPr();
      assertThat(section.isSetTitlePg()).as("first page has its own header").isTrue();
      XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
      assertThat(policy.getFirstPageHeader().getText()).isBlank();
      XWPFParagraph number = policy.getDefaultHeader().getParagraphs().get(0);
      assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      assertThat(number.getCTP().getFldSimpleArray(0).getInstr().trim()).isEqualTo("PAGE");
      assertThat(policy.getDefaultFooter()).as("nothing at the bottom").isNull();
    }
  }
}
