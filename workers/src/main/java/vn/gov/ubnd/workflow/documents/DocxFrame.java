package vn.gov.ubnd.workflow.documents;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * What frames a report's body: the header (issuing body and number, Quốc hiệu and Tiêu ngữ, place
 * and date), the title with the summary, and the footer ("Nơi nhận" and the signature block).
 */
final class DocxFrame {

  private DocxFrame() {}

  static void header(XWPFDocument doc, ReportDocument report) {
    XWPFTable table = DocxText.twoColumns(doc, 40, 60);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    if (report.parentBody() != null && !report.parentBody().isBlank()) {
      DocxText.run(DocxText.centered(left), report.parentBody().toUpperCase(), 13, false, false);
    }
    String[] body = splitIssuingBody(report.issuingBody());
    XWPFParagraph organ = DocxText.centered(left);
    DocxText.run(organ, body[0], 13, true, false);
    if (!body[1].isEmpty()) {
      organ.getRuns().get(organ.getRuns().size() - 1).addBreak();
      DocxText.run(organ, body[1], 13, true, false);
    }
    DocxText.run(DocxText.centered(left), "———", 13, false, false);
    DocxText.run(DocxText.centered(left), report.number(), 13, false, false);

    DocxText.run(DocxText.centered(right), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
    DocxText.run(DocxText.centered(right), "Độc lập - Tự do - Hạnh phúc", 14, true, false);
    DocxText.run(DocxText.centered(right), "———————————", 13, false, false);
    DocxText.run(DocxText.centered(right), report.placeAndDate(), 14, false, true);
  }

  /** "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI" prints as "ỦY BAN NHÂN DÂN" over "TỈNH ĐỒNG NAI". */
  static String[] splitIssuingBody(String issuingBody) {
    int at = issuingBody.indexOf(" TỈNH ");
    if (at < 0) {
      at = issuingBody.indexOf(" THÀNH PHỐ ");
    }
    return at < 0
        ? new String[] {issuingBody, ""}
        : new String[] {issuingBody.substring(0, at), issuingBody.substring(at + 1)};
  }

  static void title(XWPFDocument doc, ReportDocument report) {
    if (report.draft()) {
      XWPFParagraph draft = doc.createParagraph();
      draft.setAlignment(ParagraphAlignment.RIGHT);
      DocxText.run(draft, "DỰ THẢO", 13, true, false);
    }
    XWPFParagraph kind = doc.createParagraph();
    kind.setAlignment(ParagraphAlignment.CENTER);
    kind.setSpacingBefore(240);
    DocxText.run(kind, report.documentType(), 14, true, false);
    XWPFParagraph summary = doc.createParagraph();
    summary.setAlignment(ParagraphAlignment.CENTER);
    summary.setSpacingAfter(240);
    String[] lines = report.summary().split("\n");
    for (int i = 0; i < lines.length; i++) {
      DocxText.run(summary, lines[i], 14, true, false);
      if (i < lines.length - 1) {
        summary.getRuns().get(summary.getRuns().size() - 1).addBreak();
      }
    }
  }

  static void footer(XWPFDocument doc, ReportDocument report) {
    doc.createParagraph();
    XWPFTable table = DocxText.twoColumns(doc, 50, 50);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph label = left.getParagraphs().get(0);
    DocxText.run(label, "Nơi nhận:", 12, true, true);
    for (String recipient : report.recipients()) {
      XWPFParagraph p = left.addParagraph();
      p.setSpacingAfter(0);
      DocxText.run(p, "- " + recipient, 11, false, false);
    }
    XWPFParagraph first = right.getParagraphs().get(0);
    first.setAlignment(ParagraphAlignment.CENTER);
    for (int i = 0; i < report.signature().lines().size(); i++) {
      XWPFParagraph p = i == 0 ? first : DocxText.centered(right);
      DocxText.run(p, report.signature().lines().get(i), 14, true, false);
    }
    for (int i = 0; i < 3; i++) {
      DocxText.centered(right);
    }
    DocxText.run(DocxText.centered(right), report.signature().signerName(), 14, true, false);
  }
}
