package vn.gov.ubnd.workflow.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Writes a report as .docx in the administrative format of Decree 30/2020/NĐ-CP: A4, margins top
 * and bottom 20 mm, left 30 mm, right 15 mm, Times New Roman; header with the issuing body and
 * number on the left, Quốc hiệu and Tiêu ngữ on the right, the place and date line in italics; "BÁO
 * CÁO" and the summary; the body; "Nơi nhận" and the signature block.
 *
 * <p>The parts: {@link DocxPage}, {@link DocxFrame}, {@link DocxBody}, on {@link DocxText}.
 */
public final class DocxReportWriter {

  public byte[] write(ReportDocument report) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      DocxPage.pageSetup(doc);
      DocxFrame.header(doc, report);
      DocxFrame.title(doc, report);
      if (report.opening() != null && !report.opening().isBlank()) {
        DocxFootnotes.write(
            doc, DocxText.bodyParagraph(doc), report.opening(), 14, false, DocxText::run);
      }
      for (ReportSection section : report.sections()) {
        DocxBody.section(doc, section, 0);
      }
      if (report.closing() != null && !report.closing().isBlank()) {
        XWPFParagraph closing = DocxText.bodyParagraph(doc);
        DocxText.run(closing, report.closing(), 14, false, false);
      }
      DocxFrame.footer(doc, report);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the report cannot be written as .docx", e);
    }
  }
}
