package vn.gov.ubnd.workflow.directives.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.directives.DirectiveStore;
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
 * <p>Each batch is {@link ImportBatch}'s; this class keeps the queue, the background threads and
 * the waits for the index.
 */
@Component
class DirectiveImportRunner implements ImportQueue {

  private static final Logger LOG = LoggerFactory.getLogger(DirectiveImportRunner.class);
  private static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
  private static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);

  private final ImportStore store;
  private final DirectiveFileReader reader;
  private final ImportBatch batches;
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
    this.reader = new DirectiveFileReader(catalog);
    this.batches = new ImportBatch(store, directives, validator, starter, clock);
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
    ImportBatch.Progress progress = new ImportBatch.Progress(directiveImport);
    List<FileRow> batch = new ArrayList<>();
    try {
      reader.read(
          file,
          directiveImport.format(),
          row -> {
            batch.add(row);
            if (batch.size() >= properties.batchSize()) {
              batches.process(progress, batch);
              batch.clear();
            }
          });
    } catch (ImportBatch.InterruptedIoException e) {
      throw (InterruptedException) e.getCause();
    }
    batches.process(progress, batch);
    store.publishVerdicts();
    store.save(progress.current().finished(OffsetDateTime.now(clock)));
    LOG.info(
        "import {} ({}) finished: {} rows, {} started, {} rejected",
        directiveImport.importId(),
        directiveImport.fileName(),
        progress.current().read(),
        progress.current().started(),
        progress.current().rejected());
  }
}
