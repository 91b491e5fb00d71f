package vn.gov.ubnd.workflow.directives.imports;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.DirectiveStore;
import vn.gov.ubnd.workflow.directives.DirectiveValidationException;
import vn.gov.ubnd.workflow.directives.DirectiveValidator;
import vn.gov.ubnd.workflow.directives.imports.DirectiveFileReader.FileRow;

/**
 * One batch of an import's rows: each row checked, its directive id claimed (so that no other
 * upload, and no repeated row, starts it again), the batch looked up in the index in one request,
 * the instances started concurrently, every row's verdict recorded. Rows with a verdict already (an
 * import taken up after a crash) are skipped; a claimed row found in the index is not started
 * again.
 */
final class ImportBatch {

  private static final Logger LOG = LoggerFactory.getLogger(ImportBatch.class);

  private final ImportStore store;
  private final DirectiveStore directives;
  private final DirectiveValidator validator;
  private final DirectiveInstanceStarter starter;
  private final Clock clock;

  ImportBatch(
      ImportStore store,
      DirectiveStore directives,
      DirectiveValidator validator,
      DirectiveInstanceStarter starter,
      Clock clock) {
    this.store = store;
    this.directives = directives;
    this.validator = validator;
    this.starter = starter;
    this.clock = clock;
  }

  void process(Progress progress, List<FileRow> rows) throws IOException {
    if (rows.isEmpty()) {
      return;
    }
    String importId = progress.current().importId();
    Map<Integer, RowVerdict> given =
        store.verdicts(importId, rows.stream().map(FileRow::rowNumber).toList());
    LocalDate today = LocalDate.now(clock);
    List<RowVerdict> verdicts = new ArrayList<>();
    Map<FileRow, String> candidates = new LinkedHashMap<>();
    for (FileRow row : rows) {
      if (given.containsKey(row.rowNumber())) {
        continue;
      }
      List<String> problems = new ArrayList<>(row.problems());
      try {
        validator.validate(row.input(), today);
      } catch (DirectiveValidationException e) {
        problems.addAll(e.problems());
      }
      String id = row.input().directiveId() == null ? "" : row.input().directiveId().trim();
      if (problems.isEmpty()) {
        candidates.put(row, id);
      } else {
        verdicts.add(RowVerdict.rejected(importId, row.rowNumber(), id, problems));
      }
    }
    Map<String, ImportStore.Claimed> claims =
        store.claim(
            candidates.entrySet().stream()
                .map(c -> new ImportClaim(c.getValue(), importId, c.getKey().rowNumber()))
                .toList());
    Map<String, Directive> registered = directives.findAll(candidates.values());
    Map<FileRow, Future<RowVerdict>> starts = new LinkedHashMap<>();
    for (Map.Entry<FileRow, String> candidate : candidates.entrySet()) {
      FileRow row = candidate.getKey();
      String id = candidate.getValue();
      ImportStore.Claimed claimed = claims.get(id);
      ImportClaim claim = claimed.claim();
      if (!claim.heldBy(importId, row.rowNumber())) {
        verdicts.add(
            RowVerdict.rejected(
                importId,
                row.rowNumber(),
                id,
                List.of(
                    claim.importId().equals(importId)
                        ? "Số hiệu " + id + " lặp lại trong tệp (đã có ở dòng " + claim.row() + ")."
                        : "Số hiệu "
                            + id
                            + " đã được nhập trong một lần nhập trước (mã lần nhập "
                            + claim.importId()
                            + ", dòng "
                            + claim.row()
                            + ").")));
      } else if (registered.containsKey(id) && claimed.now()) {
        store.release(claim);
        verdicts.add(
            RowVerdict.rejected(
                importId,
                row.rowNumber(),
                id,
                List.of("Nhiệm vụ " + id + " đã được đăng ký trước đó.")));
      } else if (registered.containsKey(id)) {
        // Started before a restart, and registered since.
        verdicts.add(
            RowVerdict.started(
                importId, row.rowNumber(), id, registered.get(id).processInstanceKey()));
      } else {
        Person by = progress.current().importedBy();
        starts.put(row, starter.submit(() -> start(importId, row, id, claim, by)));
      }
    }
    for (Future<RowVerdict> start : starts.values()) {
      try {
        verdicts.add(start.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIoException(e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
      }
    }
    store.saveVerdicts(verdicts);
    given.values().forEach(progress::count);
    verdicts.forEach(progress::count);
    store.save(progress.current());
  }

  private RowVerdict start(
      String importId, FileRow row, String id, ImportClaim claim, Person importedBy)
      throws InterruptedException {
    try {
      long key = starter.start(row.input(), importedBy);
      return RowVerdict.started(importId, row.rowNumber(), id, key);
    } catch (DirectiveInstanceStarter.InstanceNotStartedException e) {
      LOG.warn("row {} of import {} was not started", row.rowNumber(), importId, e);
      store.release(claim);
      return RowVerdict.rejected(importId, row.rowNumber(), id, List.of(e.vietnameseMessage()));
    }
  }

  /** Counts as the rows go by; recounted from the verdicts whenever an import is taken up. */
  static final class Progress {
    private DirectiveImport current;

    Progress(DirectiveImport directiveImport) {
      current = directiveImport.progressed(0, 0, 0);
    }

    DirectiveImport current() {
      return current;
    }

    void count(RowVerdict verdict) {
      boolean started = verdict.verdict() == RowVerdict.Verdict.STARTED;
      current =
          current.progressed(
              current.read() + 1,
              current.started() + (started ? 1 : 0),
              current.rejected() + (started ? 0 : 1));
    }
  }

  /** Carries an interruption out of the file reader's callback. */
  static final class InterruptedIoException extends IOException {
    InterruptedIoException(InterruptedException cause) {
      super(cause);
    }
  }
}
