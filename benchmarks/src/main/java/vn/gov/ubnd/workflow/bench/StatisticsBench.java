package vn.gov.ubnd.workflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.IndexedDirectiveStatistics;
import vn.gov.ubnd.workflow.directives.IndexedDirectiveStore;
import vn.gov.ubnd.workflow.directives.RegisterCriteria;
import vn.gov.ubnd.workflow.directives.RegisterSearch;
import vn.gov.ubnd.workflow.directives.RegisterState;
import vn.gov.ubnd.workflow.search.BulkOperation;
import vn.gov.ubnd.workflow.search.BulkOutcome;
import vn.gov.ubnd.workflow.search.Query;
import vn.gov.ubnd.workflow.search.Refresh;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.search.SearchProperties;
import vn.gov.ubnd.workflow.testing.TestDirective;

/**
 * The statistics endpoint's query (IndexedDirectiveStatistics, the application's own class, in a
 * JVM with the worker application's 256 MB heap) at growing numbers of directives, beside a plain
 * {@code _count} of the same period on the same index: p50 and p95 of 40 requests after 5 to warm
 * up. The directives are generated here (seven years, every state, 30 agencies, 6 leaders) and
 * bulk-loaded into an index of their own, deleted at the end.
 */
final class StatisticsBench {

  private static final int WARM_UP = 5;
  private static final int MEASURED = 40;
  private static final LocalDate FIRST = LocalDate.parse("2020-01-01");
  private static final int DAYS = 7 * 365;

  private final Results results;
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private final Random random = new Random(2026);
  private int loaded;

  StatisticsBench(Results results) {
    this.results = results;
  }

  void run(List<Integer> sizes) throws Exception {
    try (SearchClient search =
        new SearchClient(
            new SearchProperties(
                List.of(URI.create(Stack.OPENSEARCH)),
                "bench",
                null,
                null,
                Duration.ofMinutes(2),
                4,
                0),
            json)) {
      search.deleteIndex("directives");
      search.ensureIndexFromResource("directives", "search/directives.json");
      IndexedDirectiveStatistics statistics =
          new IndexedDirectiveStatistics(search, new WorkingDayCalendar(List.of()));
      LocalDate from = FIRST;
      LocalDate to = FIRST.plusDays(DAYS - 1);
      LocalDate asOf = to.plusDays(1);
      Query countQuery = Query.dateBetween("assignedOn", from, to);
      try {
        for (int size : sizes) {
          long loadStart = System.nanoTime();
          int before = loaded;
          load(search, size);
          double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
          System.out.printf(
              "loaded %,d directives (%,d new) in %.0f s%n", loaded, loaded - before, loadSeconds);
          long[] stats = measure(() -> statistics.statistics(from, to, asOf, 50));
          long[] counts = measure(() -> search.count("directives", countQuery));
          results.add(
              String.format("Statistics at %,d directives, p50 / p95", size),
              String.format("%d / %d ms", stats[0], stats[1]),
              String.format("%d / %d ms: _count, same period", counts[0], counts[1]),
              (double) stats[1] / Math.max(counts[1], 1));
          registerFigures(search, size, counts);
        }
      } finally {
        search.deleteIndex("directives");
        search.deleteIndex("directive-events");
      }
    }
  }

  /**
   * The register's search (words without diacritics, an agency, the overdue as of a day, a page of
   * 50 with its exact total), a deep page by search_after, and a directive's reads for its page
   * (the directive and its history), beside the same run's _count and a bare get.
   */
  private void registerFigures(SearchClient search, int size, long[] counts) throws Exception {
    RegisterSearch register = new RegisterSearch(search);
    LocalDate asOf = FIRST.plusDays(DAYS);
    RegisterCriteria words =
        RegisterCriteria.everything(asOf, RegisterCriteria.RegisterOrder.RELEVANCE)
            .withWords("giai ngan von dau tu")
            .withAgencyIn("DV7", RegisterState.OVERDUE);
    long[] found = measure(() -> register.page(words, null, 50, null));
    results.add(
        String.format("Register search at %,d directives, p50 / p95", size),
        String.format("%d / %d ms", found[0], found[1]),
        String.format("%d / %d ms: _count, same run", counts[0], counts[1]),
        (double) found[1] / Math.max(counts[1], 1));
    RegisterCriteria all =
        RegisterCriteria.everything(asOf, RegisterCriteria.RegisterOrder.DEADLINE);
    // The cursor of a page far in: the hundredth page of 200.
    String cursor = null;
    for (int page = 0; page < 100 && size >= 20_000; page++) {
      cursor = register.page(all, null, 200, cursor).next();
    }
    String deep = cursor;
    long[] deepPage = measure(() -> register.page(all, null, 50, deep));
    if (deep != null)
      results.add(
          String.format("Register page after 20,000 rows at %,d directives, p50 / p95", size),
          String.format("%d / %d ms", deepPage[0], deepPage[1]),
          String.format("%d / %d ms: _count, same run", counts[0], counts[1]),
          (double) deepPage[1] / Math.max(counts[1], 1));
    IndexedDirectiveStore store = new IndexedDirectiveStore(search);
    String id = String.format("BENCH-%07d", size / 2);
    long[] page =
        measure(
            () -> {
              store.find(id);
              store.events(id);
            });
    long[] get = measure(() -> search.get("directives", id));
    results.add(
        String.format(
            "A directive's page (directive and history) at %,d directives, p50 / p95", size),
        String.format("%d / %d ms", page[0], page[1]),
        String.format("%d / %d ms: one get by id", get[0], get[1]),
        (double) page[1] / Math.max(get[1], 1));
  }

  private void load(SearchClient search, int target) throws Exception {
    refreshInterval("-1"); // loading: no refresh until it is done
    while (loaded < target) {
      List<BulkOperation> batch = new ArrayList<>();
      for (int i = 0; i < 5_000 && loaded < target; i++, loaded++) {
        Directive d = directive(loaded);
        batch.add(BulkOperation.put("directives", d.directiveId(), d));
      }
      if (!search.bulk(batch, Refresh.NONE).stream().allMatch(BulkOutcome::succeeded)) {
        throw new IllegalStateException("bulk load of the benchmark's directives failed");
      }
    }
    refreshInterval("1s");
    search.refresh("directives");
    Stack.post(Stack.OPENSEARCH + "/bench-directives/_forcemerge?max_num_segments=5", "{}");
  }

  private static void refreshInterval(String interval) throws Exception {
    Stack.send(
        HttpRequest.newBuilder(URI.create(Stack.OPENSEARCH + "/bench-directives/_settings"))
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    "{\"index\":{\"refresh_interval\":\"" + interval + "\"}}")));
  }

  private Directive directive(int n) {
    LocalDate assigned = FIRST.plusDays(random.nextInt(DAYS));
    LocalDate deadline = random.nextInt(20) == 0 ? null : assigned.plusDays(5 + random.nextInt(90));
    int kind = random.nextInt(10);
    Directive.Status status =
        kind < 6
            ? Directive.Status.COMPLETED
            : kind < 7 ? Directive.Status.WITHDRAWN : Directive.Status.IN_PROGRESS;
    LocalDate closed =
        status == Directive.Status.IN_PROGRESS
            ? null
            : (deadline == null ? assigned.plusDays(30) : deadline)
                .plusDays(random.nextInt(41) - 20);
    if (closed != null && closed.isBefore(assigned)) {
      closed = assigned;
    }
    String agency = "DV" + random.nextInt(30);
    String leader = "LD" + random.nextInt(6);
    TestDirective directive =
        TestDirective.of(String.format("BENCH-%07d", n))
            .title("Nhiệm vụ đo hiệu năng số " + n + " về giải ngân vốn đầu tư công")
            .content("Nội dung nhiệm vụ số " + n)
            .workProgramme(n % 4 == 0)
            .centralGovernment(n % 7 == 0) // given by the Government
            .agency(agency)
            .leader(leader, "Lãnh đạo " + leader)
            .assignedOn(assigned)
            .deadline(deadline)
            .escalationLevel(random.nextInt(4))
            .processInstanceKey(n);
    return switch (status) {
      case COMPLETED -> directive.completedOn(closed);
      case WITHDRAWN -> directive.withdrawnOn(closed);
      default -> directive.inProgress();
    };
  }

  private interface Call {
    void run() throws Exception;
  }

  /** p50 and p95 in milliseconds. */
  private static long[] measure(Call call) throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      call.run();
    }
    long[] millis = new long[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long start = System.nanoTime();
      call.run();
      millis[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(millis);
    return new long[] {millis[MEASURED / 2], millis[(int) Math.ceil(MEASURED * 0.95) - 1]};
  }
}
