package vn.gov.ubnd.workflow.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** The body: sections with their headings and paragraphs (footnotes), tables and pictures. */
final class DocxBody {

  private DocxBody() {}

  static void section(XWPFDocument doc, ReportSection section, int depth) {
    XWPFParagraph heading = DocxText.bodyParagraph(doc);
    boolean upper = depth == 0;
    DocxText.run(heading, section.heading(), 14, true, depth >= 2);
    if (upper) {
      heading.setAlignment(ParagraphAlignment.LEFT);
    }
    for (String line : section.text().split("\n")) {
      if (!line.isBlank()) {
        // A line ending in a colon heads what follows (a field in the narrative): italic.
        DocxFootnotes.write(
            doc,
            DocxText.bodyParagraph(doc),
            line.trim(),
            14,
            line.trim().endsWith(":"),
            DocxText::run);
      }
    }
    for (ReportTable table : section.tables()) {
      table(doc, table);
    }
    for (ReportPicture picture : section.pictures()) {
      picture(doc, picture);
    }
    for (ReportSection child : section.children()) {
      section(doc, child, depth + 1);
    }
  }

  /** A bordered table over the text width, headings bold and centred, body in 12 pt. */
  static void table(XWPFDocument doc, ReportTable content) {
    XWPFTable table = doc.createTable(content.rows().size() + 1, content.header().size());
    CTTblWidth width = table.getCTTbl().getTblPr().addNewTblW();
    width.setType(STTblWidth.PCT);
    width.setW(BigInteger.valueOf(5000));
    for (int c = 0; c < content.header().size(); c++) {
      XWPFTableCell cell = table.getRow(0).getCell(c);
      cell.setWidth(content.widths().get(c) + "%");
      XWPFParagraph p = cell.getParagraphs().get(0);
      p.setAlignment(ParagraphAlignment.CENTER);
      DocxText.run(p, content.header().get(c), 12, true, false);
    }
    table.getRow(0).setRepeatHeader(true);
    for (int r = 0; r < content.rows().size(); r++) {
      List<String> row = content.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        XWPFTableCell cell = table.getRow(r + 1).getCell(c);
        cell.setWidth(content.widths().get(c) + "%");
        DocxText.run(cell.getParagraphs().get(0), row.get(c), 12, false, false);
      }
    }
    doc.createParagraph().setSpacingAfter(0);
  }

  /** A picture centred over the text width, its caption in italics under it. */
  static void picture(XWPFDocument doc, ReportPicture picture) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    try {
      p.createRun()
          .addPicture(
              new ByteArrayInputStream(picture.png()),
              Document.PICTURE_TYPE_PNG,
              "bieu-do.png",
              Units.EMU_PER_CENTIMETER * picture.widthMm() / 10,
              Units.EMU_PER_CENTIMETER * picture.heightMm() / 10);
    } catch (IOException | InvalidFormatException e) {
      throw new IllegalStateException("the chart cannot be put in the .docx", e);
    }
    XWPFParagraph caption = doc.createParagraph();
    caption.setAlignment(ParagraphAlignment.CENTER);
    caption.setSpacingAfter(120);
    DocxText.run(caption, picture.caption(), 12, false, true);
  }
}
