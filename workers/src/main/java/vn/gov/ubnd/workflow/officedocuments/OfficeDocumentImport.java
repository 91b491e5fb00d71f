package vn.gov.ubnd.workflow.officedocuments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.directives.imports.ImportProperties;
import vn.gov.ubnd.workflow.directives.imports.ImportRefusedException;
import vn.gov.ubnd.workflow.directives.imports.TableReader;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * Imports an export of the office's register (.xlsx or CSV as the e-office system or Excel writes
 * it): every row checked first, a file with too many rows refused whole, then the documents not yet
 * in the register added in batches. A document already imported from an earlier, overlapping export
 * is not added again; a row repeated in the file is added once. Every row gets its verdict.
 */
@Service
class OfficeDocumentImport {

  /** Documents written per request. */
  static final int BATCH = 500;

  /**
   * What became of the file.
   *
   * @param rows register lines read (the heading and empty lines not counted)
   * @param added new in the register
   * @param alreadyImported there from an earlier export
   * @param repeatedInFile the same document on an earlier line of this file
   * @param refused left out, each with its problems in {@code notes}
   * @param notes the rows not added, by row number, with why
   */
  public record Result(
      String fileName,
      int rows,
      int added,
      int alreadyImported,
      int repeatedInFile,
      int refused,
      List<RowNote> notes) {}

  /** A row not added: refused with its problems, or there already. */
  public record RowNote(int row, String verdict, List<String> problems) {}

  private final IndexedOfficeDocuments register;
  private final DocumentKinds kinds;
  private final ImportProperties limits;
  private final Clock clock;

  public OfficeDocumentImport(
      IndexedOfficeDocuments register, DocumentKinds kinds, ImportProperties limits, Clock clock) {
    this.register = register;
    this.kinds = kinds;
    this.limits = limits;
    this.clock = clock;
  }

  public Result importFile(
      String fileName, InputStream content, DocumentDirection fileDirection, String importedBy)
      throws IOException {
    TableReader.Format format = TableReader.Format.of(fileName);
    Path file = Files.createTempFile("so-van-ban-", "." + format.extension());
    try {
      keep(content, file);
      return importRows(fileName, file, format, fileDirection, importedBy);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private void keep(InputStream content, Path file) throws IOException {
    long max = limits.maxFileSize().toBytes();
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = content.read(buffer)) > 0; ) {
        total += n;
        if (total > max) {
          throw new ImportRefusedException(
              "Tệp lớn hơn "
                  + max / (1024 * 1024)
                  + " MB, giới hạn một lần nhập: xuất sổ văn bản theo từng tháng rồi gửi từng tệp.");
        }
        out.write(buffer, 0, n);
      }
    }
  }

  private Result importRows(
      String fileName,
      Path file,
      TableReader.Format format,
      DocumentDirection fileDirection,
      String importedBy)
      throws IOException {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<OfficeDocument> documents = new ArrayList<>();
    List<Integer> documentRows = new ArrayList<>();
    List<RowNote> notes = new ArrayList<>();
    Map<String, Integer> firstRowOf = new HashMap<>();
    int[] rows = {0};
    OfficeDocumentReader[] reader = {null};
    TableReader.read(
        file,
        format,
        (rowNumber, cells) -> {
          if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
          }
          if (reader[0] == null) {
            reader[0] = new OfficeDocumentReader(cells, fileDirection, kinds, now, importedBy);
            return;
          }
          if (++rows[0] > limits.maxRows()) {
            throw new ImportRefusedException(
                "Tệp có hơn "
                    + OfficeInput.thousands(limits.maxRows())
                    + " dòng văn bản, giới hạn một lần nhập: xuất sổ văn bản theo từng tháng rồi"
                    + " gửi từng tệp. Chưa nhập dòng nào.");
          }
          OfficeDocumentReader.Row row = reader[0].row(rowNumber, cells);
          if (row.document() == null) {
            notes.add(new RowNote(rowNumber, "Không nhập", row.problems()));
            return;
          }
          Integer earlier = firstRowOf.putIfAbsent(row.document().id(), rowNumber);
          if (earlier != null) {
            notes.add(
                new RowNote(
                    rowNumber,
                    "Trùng dòng " + earlier,
                    List.of(
                        "Dòng "
                            + rowNumber
                            + " là văn bản đã có ở dòng "
                            + earlier
                            + " (cùng sổ, số, ngày"
                            + (row.document().issuer() == null ? "" : ", nơi gửi")
                            + "): chỉ tính một lần.")));
            return;
          }
          documents.add(row.document());
          documentRows.add(rowNumber);
        });
    if (reader[0] == null) {
      throw new ImportRefusedException(
          "Tệp không có dòng nào: dòng đầu là tiêu đề cột (Số, ký hiệu; Ngày văn bản; Loại văn"
              + " bản; Người ký; Trích yếu; Đi/đến), mỗi dòng sau là một văn bản.");
    }
    int added = 0;
    int already = 0;
    for (int start = 0; start < documents.size(); start += BATCH) {
      List<OfficeDocument> batch =
          documents.subList(start, Math.min(documents.size(), start + BATCH));
      List<Boolean> outcomes = register.addNew(batch);
      for (int k = 0; k < outcomes.size(); k++) {
        if (outcomes.get(k)) {
          added++;
        } else {
          already++;
          notes.add(
              new RowNote(
                  documentRows.get(start + k),
                  "Đã có",
                  List.of("Văn bản này đã được nhập từ một tệp trước: không nhập lại.")));
        }
      }
    }
    notes.sort(Comparator.comparingInt(RowNote::row));
    int refused = (int) notes.stream().filter(n -> n.verdict().equals("Không nhập")).count();
    int repeated = (int) notes.stream().filter(n -> n.verdict().startsWith("Trùng")).count();
    return new Result(fileName, rows[0], added, already, repeated, refused, notes);
  }
}
