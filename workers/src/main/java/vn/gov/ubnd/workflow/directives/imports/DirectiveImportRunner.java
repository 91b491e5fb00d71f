package vn.gov.ubnd.workflow.directives.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.DirectiveStore;
import vn.gov.ubnd.workflow.directives.DirectiveValidationException;
import vn.gov.ubnd.workflow.directives.DirectiveValidator;
import vn.gov.ubnd.workflow.directives.imports.DirectiveFileReader.FileRow;
import vn.gov.ubnd.workflow.search.SearchUnavailableException;

/**
 * Works through an accepted list in the background, a batch of rows at a time: checks each row,
 * claims its directive id (so that no other upload, and no repeated row, starts it again), looks
 * the batch up in the index in one request, starts the instances concurrently and records every
 * row's verdict. The file is streamed, so memory does not grow with it. After a crash the import is
 * taken up again at start: rows with a verdict are skipped, a claimed row without one is found in
 * the index if its instance registered it, and started again otherwise (the process itself refuses
 * a second registration of the same id, so nothing is registered twice).
 *
 * <p>Size: the batch loop, its crash recovery and its verdicts share one state (the claimed rows);
 * split, that state would travel between classes.
 */
@Component
public class DirectiveImportRunner implements ImportQueue {

  private static final Logger LOG = LoggerFactory.getLogger(DirectiveImportRunner.class);
  private static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
  private static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);

  private final ImportStore store;
  private final DirectiveStore directives;
  private final DirectiveValidator validator;
  private final DirectiveFileReader reader;
  private final DirectiveInstanceStarter starter;
  private final ImportFiles files;
  private final ImportProperties properties;
  private final Clock clock;

  /** One thread per import running (a few at most); they end when idle. */
  private final ExecutorService background =
      Executors.newCachedThreadPool(Thread.ofPlatform().name("import-", 0).daemon().factory());

  private final Set<String> running = ConcurrentHashMap.newKeySet();

  public DirectiveImportRunner(
      ImportStore store,
      DirectiveStore directives,
      Catalog catalog,
      DirectiveValidator validator,
      DirectiveInstanceStarter starter,
      ImportFiles files,
      ImportProperties properties,
      Clock clock) {
    this.store = store;
    this.directives = directives;
    this.validator = validator;
    this.reader = new DirectiveFileReader(catalog);
    this.starter = starter;
    this.files = files;
    this.properties = properties;
    this.clock = clock;
  }

  /** Takes up the imports a stop left unfinished. */
  @EventListener(ApplicationReadyEvent.class)
  public void resumeUnfinished() {
    background.execute(
        () -> {
          try {
            store.unfinished().forEach(this::submit);
          } catch (RuntimeException e) {
            LOG.warn("unfinished imports could not be looked up; they go on at the next start", e);
          }
        });
  }

  @Override
  public void submit(DirectiveImport directiveImport) {
    if (running.add(directiveImport.importId())) {
      background.execute(() -> runUntilDone(directiveImport));
    }
  }

  private void runUntilDone(DirectiveImport directiveImport) {
    Duration pause = FIRST_PAUSE;
    try {
      while (true) {
        try {
          run(directiveImport);
          return;
        } catch (SearchUnavailableException e) {
          // Verdicts given so far are kept: the next pass skips those rows.
          LOG.warn(
              "import {} waits {} for the index: {}",
              directiveImport.importId(),
              pause,
              e.getMessage());
        }
        Thread.sleep(pause.toMillis());
        pause =
            pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0
                ? LONGEST_PAUSE
                : pause.multipliedBy(2);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      LOG.error(
          "import {} stopped; it is taken up again at the next start",
          directiveImport.importId(),
          e);
    } finally {
      running.remove(directiveImport.importId());
    }
  }

  void run(DirectiveImport directiveImport) throws IOException, InterruptedException {
    Path file = files.path(directiveImport);
    Progress progress = new Progress(directiveImport);
    List<FileRow> batch = new ArrayList<>();
    try {
      reader.read(
          file,
          directiveImport.format(),
          row -> {
            batch.add(row);
            if (batch.size() >= properties.batchSize()) {
              process(progress, batch);
              batch.clear();
            }
          });
    } catch (InterruptedIoException e) {
      throw (InterruptedException) e.getCause();
    }
    process(progress, batch);
    store.publishVerdicts();
    store.save(progress.current.finished(OffsetDateTime.now(clock)));
    LOG.info(
        "import {} ({}) finished: {} rows, {} started, {} rejected",
        directiveImport.importId(),
        directiveImport.fileName(),
        progress.current.read(),
        progress.current.started(),
        progress.current.rejected());
  }

  private void process(Progress progress, List<FileRow> rows) throws IOException {
    if (rows.isEmpty()) {
      return;
    }
    String importId = progress.current.importId();
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
        Person by = progress.current.importedBy();
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
    store.save(progress.current);
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
  private static final class Progress {
    private DirectiveImport current;

    Progress(DirectiveImport directiveImport) {
      current = directiveImport.progressed(0, 0, 0);
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
  private static final class InterruptedIoException extends IOException {
    InterruptedIoException(InterruptedException cause) {
      super(cause);
    }
  }
}
