package vn.gov.ubnd.workflow.documents;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** The primitives of a Decree 30 page: Times New Roman runs, body paragraphs, millimetres. */
final class DocxText {

  static final String FONT = "Times New Roman";

  private DocxText() {}

  static int mm(double millimetres) {
    return (int) Math.round(millimetres * 1440 / 25.4);
  }

  static XWPFTable twoColumns(XWPFDocument doc, int leftPercent, int rightPercent) {
    XWPFTable table = doc.createTable(1, 2);
    table.removeBorders();
    CTTblWidth width = table.getCTTbl().addNewTblPr().addNewTblW();
    width.setType(STTblWidth.PCT);
    width.setW(BigInteger.valueOf(5000));
    table.getRow(0).getCell(0).setWidth(leftPercent + "%");
    table.getRow(0).getCell(1).setWidth(rightPercent + "%");
    return table;
  }

  static XWPFParagraph centered(XWPFTableCell cell) {
    XWPFParagraph p =
        cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
            ? cell.getParagraphs().get(0)
            : cell.addParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    return p;
  }

  static XWPFParagraph bodyParagraph(XWPFDocument doc) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(mm(10));
    p.setSpacingAfter(120);
    return p;
  }

  static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    run.setItalic(italic);
    run.setText(text);
    return run;
  }
}
