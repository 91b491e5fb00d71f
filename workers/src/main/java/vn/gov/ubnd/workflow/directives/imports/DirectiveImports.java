package vn.gov.ubnd.workflow.directives.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.catalog.Catalog;

/**
 * Bulk registration of directives from an office's list (CSV or .xlsx): a file is checked and
 * accepted at once, then imported in the background by {@link DirectiveImportRunner}; its progress
 * and row-by-row verdicts can be asked for at any time, and the verdicts downloaded as the office's
 * own file with a verdict column.
 */
@Service
public class DirectiveImports {

  private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final ImportStore store;
  private final ImportFiles files;
  private final ImportQueue runner;
  private final DirectiveFileReader reader;
  private final ImportProperties properties;
  private final Clock clock;

  public DirectiveImports(
      ImportStore store,
      ImportFiles files,
      ImportQueue runner,
      Catalog catalog,
      ImportProperties properties,
      Clock clock) {
    this.store = store;
    this.files = files;
    this.runner = runner;
    this.reader = new DirectiveFileReader(catalog);
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Keeps the file, reads it through once (heading, readable rows, row limit) and starts its import
   * in the background; nothing is started for a file that is refused.
   *
   * @throws ImportRefusedException with what to do, when the file cannot be imported at all
   */
  public DirectiveImport accept(String fileName, InputStream content, Person importedBy)
      throws IOException {
    TableReader.Format format = TableReader.Format.of(fileName);
    OffsetDateTime now = OffsetDateTime.now(clock);
    String importId =
        ID_TIME.format(now)
            + "-"
            + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);
    DirectiveImport accepted =
        new DirectiveImport(
            importId,
            fileName,
            format,
            DirectiveImport.Status.RUNNING,
            0,
            0,
            0,
            0,
            now,
            null,
            importedBy);
    files.keep(accepted, content);
    int rows;
    try {
      rows = countRows(accepted);
    } catch (IOException | RuntimeException e) {
      files.discard(accepted);
      throw e;
    }
    DirectiveImport counted =
        new DirectiveImport(
            importId,
            fileName,
            format,
            DirectiveImport.Status.RUNNING,
            rows,
            0,
            0,
            0,
            now,
            null,
            importedBy);
    store.save(counted);
    runner.submit(counted);
    return counted;
  }

  private int countRows(DirectiveImport directiveImport) throws IOException {
    int[] rows = {0};
    reader.read(
        files.path(directiveImport),
        directiveImport.format(),
        row -> {
          if (++rows[0] > properties.maxRows()) {
            throw new ImportRefusedException(
                "Tệp có hơn "
                    + properties.maxRows()
                    + " dòng nhiệm vụ, giới hạn một lần nhập: chia danh sách thành nhiều tệp rồi"
                    + " gửi từng tệp.");
          }
        });
    if (rows[0] == 0) {
      throw new ImportRefusedException(
          "Tệp chỉ có dòng tiêu đề, không có dòng nhiệm vụ nào: mỗi nhiệm vụ ghi trên một dòng,"
              + " dưới dòng tiêu đề.");
    }
    return rows[0];
  }

  public Optional<DirectiveImport> find(String importId) {
    return store.find(importId);
  }

  /** Verdicts in row order from {@code fromRow} on, one page. */
  public List<RowVerdict> verdicts(String importId, int fromRow, int size) {
    return store.verdictPage(importId, fromRow, size);
  }

  /** The office's file again, as .xlsx, with the verdict of each row beside it. */
  public void writeVerdictWorkbook(DirectiveImport directiveImport, OutputStream out)
      throws IOException {
    new VerdictWorkbook(store, properties.batchSize())
        .write(directiveImport, files.path(directiveImport), out);
  }
}
