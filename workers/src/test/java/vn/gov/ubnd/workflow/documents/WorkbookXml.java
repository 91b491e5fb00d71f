package vn.gov.ubnd.workflow.documents;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A workbook read as the XML inside the .xlsx, not through POI: every text cell whose text Excel
 * would take for a formula must point to a cell format with quotePrefix="1".
 */
public final class WorkbookXml {

  private WorkbookXml() {}

  /** The formula-looking text cells without the quote prefix, as "sheet!ref: text". */
  public static List<String> unquotedFormulaLikeCells(byte[] xlsx) throws Exception {
    // Read through the central directory: a streamed workbook (SXSSF) writes its entries' sizes
    // after their data, which ZipInputStream refuses.
    Map<String, byte[]> parts = new HashMap<>();
    Path file = Files.createTempFile("workbook", ".xlsx");
    try {
      Files.write(file, xlsx);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (ZipEntry e : Collections.list(zip.entries())) {
          try (InputStream in = zip.getInputStream(e)) {
            parts.put(e.getName(), in.readAllBytes());
          }
        }
      }
    } finally {
      Files.deleteIfExists(file);
    }
    List<String> shared = new ArrayList<>();
    if (parts.containsKey("xl/sharedStrings.xml")) {
      NodeList items = xml(parts.get("xl/sharedStrings.xml")).getElementsByTagName("si");
      for (int i = 0; i < items.getLength(); i++) {
        shared.add(items.item(i).getTextContent());
      }
    }
    NodeList formats =
        ((Element) xml(parts.get("xl/styles.xml")).getElementsByTagName("cellXfs").item(0))
            .getElementsByTagName("xf");
    List<String> unquoted = new ArrayList<>();
    for (String name : parts.keySet()) {
      if (!name.startsWith("xl/worksheets/sheet")) {
        continue;
      }
      NodeList cells = xml(parts.get(name)).getElementsByTagName("c");
      for (int i = 0; i < cells.getLength(); i++) {
        Element cell = (Element) cells.item(i);
        String text =
            switch (cell.getAttribute("t")) {
              case "s" -> shared.get(Integer.parseInt(cell.getTextContent().trim()));
              case "inlineStr", "str" -> cell.getTextContent();
              default -> null;
            };
        if (text == null || !TextCells.formulaLike(text)) {
          continue;
        }
        String style = cell.getAttribute("s");
        Element format = (Element) formats.item(style.isEmpty() ? 0 : Integer.parseInt(style));
        if (!"1".equals(format.getAttribute("quotePrefix"))
            && !"true".equals(format.getAttribute("quotePrefix"))) {
          unquoted.add(name + "!" + cell.getAttribute("r") + ": " + text);
        }
      }
    }
    return unquoted;
  }

  private static Document xml(byte[] bytes) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }
}
