package vn.gov.ubnd.workflow.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a report as .docx in the administrative format of Decree 30/2020/NĐ-CP: A4, margins top
 * and bottom 20 mm, left 30 mm, right 15 mm, Times New Roman; header with the issuing body and
 * number on the left, Quốc hiệu and Tiêu ngữ on the right, the place and date line in italics; "BÁO
 * CÁO" and the summary; the body; "Nơi nhận" and the signature block.
 *
 * <p>Size: the Decree 30 layout is one piece (page, header, title, body, tables, pictures, footer);
 * POI's verbosity makes it long, not its logic.
 */
public final class DocxReportWriter {

  private static final String FONT = "Times New Roman";

  public byte[] write(ReportDocument report) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      pageSetup(doc);
      header(doc, report);
      title(doc, report);
      if (report.opening() != null && !report.opening().isBlank()) {
        DocxFootnotes.write(
            doc, bodyParagraph(doc), report.opening(), 14, false, DocxReportWriter::run);
      }
      for (ReportSection section : report.sections()) {
        section(doc, section, 0);
      }
      if (report.closing() != null && !report.closing().isBlank()) {
        XWPFParagraph closing = bodyParagraph(doc);
        run(closing, report.closing(), 14, false, false);
      }
      footer(doc, report);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the report cannot be written as .docx", e);
    }
  }

  private static int mm(double millimetres) {
    return (int) Math.round(millimetres * 1440 / 25.4);
  }

  private static void pageSetup(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(mm(210)));
    size.setH(BigInteger.valueOf(mm(297)));
    CTPageMar margins = sect.addNewPgMar();
    margins.setTop(BigInteger.valueOf(mm(20)));
    margins.setBottom(BigInteger.valueOf(mm(20)));
    margins.setLeft(BigInteger.valueOf(mm(30)));
    margins.setRight(BigInteger.valueOf(mm(15)));
    margins.setHeader(BigInteger.valueOf(mm(10)));
    pageNumbers(doc, sect);
  }

  /**
   * Decree 30/2020 (Appendix I): pages numbered in Arabic numerals, centred in the top margin, in
   * the body's font, from the second page on. The first page gets a header of its own, empty
   * (titlePg), the others a PAGE field.
   */
  private static void pageNumbers(XWPFDocument doc, CTSectPr sect) {
    sect.addNewTitlePg();
    org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
    policy.createHeader(org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.FIRST);
    XWPFParagraph number =
        policy
            .createHeader(org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.DEFAULT)
            .createParagraph();
    number.setAlignment(ParagraphAlignment.CENTER);
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField field =
        number.getCTP().addNewFldSimple();
    field.setInstr("PAGE");
    // The field's shown value until Word updates it, in the body's font and size.
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR shown = field.addNewR();
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr font = shown.addNewRPr();
    font.addNewRFonts().setAscii(FONT);
    font.getRFontsArray(0).setHAnsi(FONT);
    font.addNewSz().setVal(BigInteger.valueOf(28));
    shown.addNewT().setStringValue("2");
  }

  private static void header(XWPFDocument doc, ReportDocument report) {
    XWPFTable table = twoColumns(doc, 40, 60);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    if (report.parentBody() != null && !report.parentBody().isBlank()) {
      run(centered(left), report.parentBody().toUpperCase(), 13, false, false);
    }
    String[] body = splitIssuingBody(report.issuingBody());
    XWPFParagraph organ = centered(left);
    run(organ, body[0], 13, true, false);
    if (!body[1].isEmpty()) {
      organ.getRuns().get(organ.getRuns().size() - 1).addBreak();
      run(organ, body[1], 13, true, false);
    }
    run(centered(left), "———", 13, false, false);
    run(centered(left), report.number(), 13, false, false);

    run(centered(right), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
    run(centered(right), "Độc lập - Tự do - Hạnh phúc", 14, true, false);
    run(centered(right), "———————————", 13, false, false);
    run(centered(right), report.placeAndDate(), 14, false, true);
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

  private static void title(XWPFDocument doc, ReportDocument report) {
    if (report.draft()) {
      XWPFParagraph draft = doc.createParagraph();
      draft.setAlignment(ParagraphAlignment.RIGHT);
      run(draft, "DỰ THẢO", 13, true, false);
    }
    XWPFParagraph kind = doc.createParagraph();
    kind.setAlignment(ParagraphAlignment.CENTER);
    kind.setSpacingBefore(240);
    run(kind, report.documentType(), 14, true, false);
    XWPFParagraph summary = doc.createParagraph();
    summary.setAlignment(ParagraphAlignment.CENTER);
    summary.setSpacingAfter(240);
    String[] lines = report.summary().split("\n");
    for (int i = 0; i < lines.length; i++) {
      run(summary, lines[i], 14, true, false);
      if (i < lines.length - 1) {
        summary.getRuns().get(summary.getRuns().size() - 1).addBreak();
      }
    }
  }

  private static void section(XWPFDocument doc, ReportSection section, int depth) {
    XWPFParagraph heading = bodyParagraph(doc);
    boolean upper = depth == 0;
    run(heading, section.heading(), 14, true, depth >= 2);
    if (upper) {
      heading.setAlignment(ParagraphAlignment.LEFT);
    }
    for (String line : section.text().split("\n")) {
      if (!line.isBlank()) {
        // A line ending in a colon heads what follows (a field in the narrative): italic.
        DocxFootnotes.write(
            doc,
            bodyParagraph(doc),
            line.trim(),
            14,
            line.trim().endsWith(":"),
            DocxReportWriter::run);
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
  private static void table(XWPFDocument doc, ReportTable content) {
    XWPFTable table = doc.createTable(content.rows().size() + 1, content.header().size());
    CTTblWidth width = table.getCTTbl().getTblPr().addNewTblW();
    width.setType(STTblWidth.PCT);
    width.setW(BigInteger.valueOf(5000));
    for (int c = 0; c < content.header().size(); c++) {
      XWPFTableCell cell = table.getRow(0).getCell(c);
      cell.setWidth(content.widths().get(c) + "%");
      XWPFParagraph p = cell.getParagraphs().get(0);
      p.setAlignment(ParagraphAlignment.CENTER);
      run(p, content.header().get(c), 12, true, false);
    }
    table.getRow(0).setRepeatHeader(true);
    for (int r = 0; r < content.rows().size(); r++) {
      List<String> row = content.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        XWPFTableCell cell = table.getRow(r + 1).getCell(c);
        cell.setWidth(content.widths().get(c) + "%");
        run(cell.getParagraphs().get(0), row.get(c), 12, false, false);
      }
    }
    doc.createParagraph().setSpacingAfter(0);
  }

  /** A picture centred over the text width, its caption in italics under it. */
  private static void picture(XWPFDocument doc, ReportPicture picture) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    try {
      p.createRun()
          .addPicture(
              new java.io.ByteArrayInputStream(picture.png()),
              org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
              "bieu-do.png",
              org.apache.poi.util.Units.EMU_PER_CENTIMETER * picture.widthMm() / 10,
              org.apache.poi.util.Units.EMU_PER_CENTIMETER * picture.heightMm() / 10);
    } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException("the chart cannot be put in the .docx", e);
    }
    XWPFParagraph caption = doc.createParagraph();
    caption.setAlignment(ParagraphAlignment.CENTER);
    caption.setSpacingAfter(120);
    run(caption, picture.caption(), 12, false, true);
  }

  private static void footer(XWPFDocument doc, ReportDocument report) {
    doc.createParagraph();
    XWPFTable table = twoColumns(doc, 50, 50);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph label = left.getParagraphs().get(0);
    run(label, "Nơi nhận:", 12, true, true);
    for (String recipient : report.recipients()) {
      XWPFParagraph p = left.addParagraph();
      p.setSpacingAfter(0);
      run(p, "- " + recipient, 11, false, false);
    }
    XWPFParagraph first = right.getParagraphs().get(0);
    first.setAlignment(ParagraphAlignment.CENTER);
    for (int i = 0; i < report.signature().lines().size(); i++) {
      XWPFParagraph p = i == 0 ? first : centered(right);
      run(p, report.signature().lines().get(i), 14, true, false);
    }
    for (int i = 0; i < 3; i++) {
      centered(right);
    }
    run(centered(right), report.signature().signerName(), 14, true, false);
  }

  private static XWPFTable twoColumns(XWPFDocument doc, int leftPercent, int rightPercent) {
    XWPFTable table = doc.createTable(1, 2);
    table.removeBorders();
    CTTblWidth width = table.getCTTbl().addNewTblPr().addNewTblW();
    width.setType(STTblWidth.PCT);
    width.setW(BigInteger.valueOf(5000));
    table.getRow(0).getCell(0).setWidth(leftPercent + "%");
    table.getRow(0).getCell(1).setWidth(rightPercent + "%");
    return table;
  }

  private static XWPFParagraph centered(XWPFTableCell cell) {
    XWPFParagraph p =
        cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
            ? cell.getParagraphs().get(0)
            : cell.addParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    return p;
  }

  private static XWPFParagraph bodyParagraph(XWPFDocument doc) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(mm(10));
    p.setSpacingAfter(120);
    return p;
  }

  private static XWPFRun run(
      XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    run.setItalic(italic);
    run.setText(text);
    return run;
  }
}
