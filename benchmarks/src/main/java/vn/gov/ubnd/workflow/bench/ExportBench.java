package vn.gov.ubnd.workflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.SourceDocument;
import vn.gov.ubnd.workflow.search.BulkOperation;
import vn.gov.ubnd.workflow.search.Query;
import vn.gov.ubnd.workflow.search.Refresh;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.search.SearchPage;
import vn.gov.ubnd.workflow.search.SearchProperties;
import vn.gov.ubnd.workflow.search.Sort;
import vn.gov.ubnd.workflow.testing.TestDirective;

/**
 * The register's export of 10,000 rows through the running worker application (its 256 MB heap),
 * over HTTP with the office's token, beside reading the same 10,000 directives from the index in
 * pages of 1,000 in this JVM: median of three. The directives are written into the application's
 * own index under a word of this run and deleted afterwards.
 */
final class ExportBench {

  private static final int ROWS = 10_000;
  private static final int RUNS = 3;

  private final Results results;
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  ExportBench(Results results) {
    this.results = results;
  }

  void run() throws Exception {
    String run = "xuat" + Long.toString(System.nanoTime(), 36);
    try (SearchClient search =
        new SearchClient(
            new SearchProperties(
                List.of(URI.create(Stack.OPENSEARCH)),
                "ubnd",
                null,
                null,
                Duration.ofMinutes(2),
                4,
                0),
            json)) {
      search.ensureIndexFromResource("directives", "search/directives.json");
      try {
        for (int i = 0; i < ROWS; i += 1_000) {
          List<BulkOperation> batch = new ArrayList<>();
          for (int n = i; n < i + 1_000; n++) {
            Directive d = directive(run, n);
            batch.add(BulkOperation.put("directives", d.directiveId(), d));
          }
          search.bulk(batch, Refresh.NONE);
        }
        search.refresh("directives");
        long[] export = new long[RUNS];
        long bytes = 0;
        for (int r = 0; r < RUNS; r++) {
          long start = System.nanoTime();
          bytes = exportSize(run);
          export[r] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] read = new long[RUNS];
        for (int r = 0; r < RUNS; r++) {
          long start = System.nanoTime();
          String cursor = null;
          int rows = 0;
          do {
            SearchPage page =
                search.page(
                    "directives",
                    Query.words(run, List.of("title")),
                    List.of(Sort.ascending("deadline"), Sort.ascending("directiveId")),
                    1_000,
                    cursor);
            rows += page.sources().size();
            cursor = page.next();
          } while (cursor != null);
          if (rows != ROWS) {
            throw new IllegalStateException("read " + rows + " rows, expected " + ROWS);
          }
          read[r] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(export);
        Arrays.sort(read);
        results.add(
            String.format(
                "Register export of %,d rows (.xlsx, %,d KB), median", ROWS, bytes / 1024),
            String.format("%,d ms", export[RUNS / 2]),
            String.format("%,d ms: the same rows read from the index", read[RUNS / 2]),
            (double) export[RUNS / 2] / Math.max(read[RUNS / 2], 1));
      } finally {
        Stack.post(
            Stack.OPENSEARCH + "/ubnd-directives/_delete_by_query?refresh=true",
            "{\"query\":{\"match\":{\"title\":\"" + run + "\"}}}");
      }
    }
  }

  /** The export's size in bytes, read to its end as a browser would. */
  private static long exportSize(String run) throws Exception {
    HttpResponse<InputStream> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(Stack.WORKERS + "/api/portal/register/export.xlsx?q=" + run))
                    .header("Authorization", "Bearer " + Stack.officeToken())
                    .timeout(Duration.ofMinutes(5))
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("export answered HTTP " + response.statusCode());
    }
    try (InputStream in = response.body()) {
      return in.transferTo(OutputStream.nullOutputStream());
    }
  }

  /** A directive like a province's: a third of them already past their deadline. */
  private static Directive directive(String run, int n) {
    LocalDate assigned = LocalDate.parse("2026-01-05").plusDays(n % 200);
    LocalDate deadline = assigned.plusDays(n % 3 == 0 ? 10 : 400);
    String agency = "DV" + n % 30;
    return TestDirective.of(String.format("%s-%05d/UBND", run.toUpperCase(), n))
        .title("Đẩy nhanh tiến độ giải ngân vốn đầu tư công, đợt " + n + " " + run)
        .content("Nội dung nhiệm vụ số " + n)
        .source(new SourceDocument((n % 40) + "/TB-UBND", assigned.minusDays(1), "UBND tỉnh"))
        .workProgramme(n % 4 == 0)
        .centralGovernment(n % 7 == 0)
        .agency(agency)
        .coordinating(List.of("DV" + (n + 1) % 30))
        .leader("LD" + n % 6, "Lãnh đạo " + n % 6)
        .assignedOn(assigned)
        .deadline(deadline)
        .processInstanceKey(n)
        .inProgress();
  }
}
