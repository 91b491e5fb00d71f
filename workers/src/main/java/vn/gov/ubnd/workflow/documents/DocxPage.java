package vn.gov.ubnd.workflow.documents;

import java.math.BigInteger;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/** A4 with the Decree's margins, and page numbers from the second page on. */
final class DocxPage {

  private DocxPage() {}

  static void pageSetup(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(DocxText.mm(210)));
    size.setH(BigInteger.valueOf(DocxText.mm(297)));
    CTPageMar margins = sect.addNewPgMar();
    margins.setTop(BigInteger.valueOf(DocxText.mm(20)));
    margins.setBottom(BigInteger.valueOf(DocxText.mm(20)));
    margins.setLeft(BigInteger.valueOf(DocxText.mm(30)));
    margins.setRight(BigInteger.valueOf(DocxText.mm(15)));
    margins.setHeader(BigInteger.valueOf(DocxText.mm(10)));
    pageNumbers(doc, sect);
  }

  /**
   * Decree 30/2020 (Appendix I): pages numbered in Arabic numerals, centred in the top margin, in
   * the body's font, from the second page on. The first page gets a header of its own, empty
   * (titlePg), the others a PAGE field.
   */
  static void pageNumbers(XWPFDocument doc, CTSectPr sect) {
    sect.addNewTitlePg();
    XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
    policy.createHeader(XWPFHeaderFooterPolicy.FIRST);
    XWPFParagraph number = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph();
    number.setAlignment(ParagraphAlignment.CENTER);
    CTSimpleField field = number.getCTP().addNewFldSimple();
    field.setInstr("PAGE");
    // The field's shown value until Word updates it, in the body's font and size.
    CTR shown = field.addNewR();
    CTRPr font = shown.addNewRPr();
    font.addNewRFonts().setAscii(DocxText.FONT);
    font.getRFontsArray(0).setHAnsi(DocxText.FONT);
    font.addNewSz().setVal(BigInteger.valueOf(28));
    shown.addNewT().setStringValue("2");
  }
}
