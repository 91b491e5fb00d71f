package vn.gov.ubnd.workflow.it.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The text of a .docx the stack served, to check what a user would read in it. */
public final class Docx {

  private Docx() {}

  public static String text(byte[] file) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }
}
