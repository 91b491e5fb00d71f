package vn.gov.ubnd.workflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.DirectiveEvent;
import vn.gov.ubnd.workflow.directives.FollowUp;
import vn.gov.ubnd.workflow.directives.IndexedDirectiveStore;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.search.Query;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.search.SearchProperties;
import vn.gov.ubnd.workflow.search.SearchUnavailableException;
import vn.gov.ubnd.workflow.testing.TestDirective;

/** The project's own indices on the real OpenSearch of the local stack. */
@ExtendWith(LocalStack.class)
class DirectiveIndexIT {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static final String PREFIX = "it" + Long.toString(System.nanoTime(), 36);
  private static SearchClient search;
  private static IndexedDirectiveStore store;

  @BeforeAll
  static void connect() {
    search = LocalStack.search(PREFIX, Duration.ofSeconds(10), JSON);
    store = new IndexedDirectiveStore(search);
  }

  @AfterAll
  static void close() throws Exception {
    search.deleteIndex("directives");
    search.deleteIndex("directive-events");
    search.close();
  }

  private static Directive directive(String id, String title) {
    return TestDirective.of(id)
        .title(title)
        .leader("PCT-KT", "Phó Chủ tịch")
        .assignedOn(LocalDate.parse("2026-03-02"))
        .deadline(LocalDate.parse("2026-03-20"))
        .processInstanceKey(42L)
        .updatedAt(OffsetDateTime.parse("2026-03-02T08:00:00+07:00"))
        .inProgress();
  }

  @Test
  void indicesAreCreatedWithOurMappingsAndTheIdIsTheDirectiveId() throws Exception {
    assertThat(store.create(directive("NV-MAP-1", "Báo cáo tiến độ giải ngân"))).isTrue();
    assertThat(store.create(directive("NV-MAP-1", "Lần hai"))).isFalse();
    assertThat(store.find("NV-MAP-1")).map(Directive::title).contains("Báo cáo tiến độ giải ngân");
    JsonNode mapping =
        JSON.readTree(
            URI.create(LocalStack.OPENSEARCH + "/" + PREFIX + "-directives/_mapping").toURL());
    JsonNode properties = mapping.path(PREFIX + "-directives").path("mappings").path("properties");
    assertThat(mapping.path(PREFIX + "-directives").path("mappings").path("dynamic").asText())
        .isEqualTo("strict");
    assertThat(properties.path("directiveId").path("type").asText()).isEqualTo("keyword");
    assertThat(properties.path("title").path("analyzer").asText()).isEqualTo("vietnamese_folded");
  }

  /** The portal's task list finds the directives of the tasks it lists, by their instances. */
  @Test
  void directivesAreFoundByTheInstancesThatTrackThem() {
    store.create(
        TestDirective.of("NV-INST-1")
            .title("Một")
            .processInstanceKey(2251799813685001L)
            .inProgress());
    store.create(
        TestDirective.of("NV-INST-2")
            .title("Hai")
            .processInstanceKey(2251799813685002L)
            .inProgress());
    search.refresh("directives");
    var found = store.findByInstances(List.of(2251799813685002L, 2251799813685001L, 7L));
    assertThat(found).containsOnlyKeys(2251799813685001L, 2251799813685002L);
    assertThat(found.get(2251799813685002L).directiveId()).isEqualTo("NV-INST-2");
  }

  @Test
  void vietnameseTextIsFoundWithAndWithoutDiacritics() throws Exception {
    store.create(directive("NV-VI-1", "Đôn đốc giải ngân vốn đầu tư công"));
    store.create(directive("NV-VI-2", "Rà soát quy hoạch sử dụng đất"));
    search.refresh("directives"); // writes do not wait for searches; this search must see them
    for (String query : List.of("giải ngân", "giai ngan", "don doc", "Đôn đốc")) {
      assertThat(
              search.searchAll("directives", Query.words(query, List.of("title")), "directiveId"))
          .as(query)
          .extracting(n -> n.path("directiveId").asText())
          .containsExactly("NV-VI-1");
    }
  }

  @Test
  void concurrentUpdatesOfOneDirectiveLoseNothing() throws Exception {
    store.create(directive("NV-CONC-1", "Cập nhật đồng thời"));
    atOnce(4, 20, level -> store.update("NV-CONC-1", d -> followedUp(d, level)));
    assertThat(store.find("NV-CONC-1").orElseThrow().followUps()).hasSize(20);
  }

  @Test
  void concurrentUpdatesWithTheirEventsLoseNothingAndRecordEachEventOnce() throws Exception {
    store.create(directive("NV-CONC-2", "Cập nhật đồng thời, kèm sự kiện"));
    atOnce(
        8,
        30,
        level ->
            store.update(
                "NV-CONC-2",
                d -> followedUp(d, level),
                d ->
                    new DirectiveEvent(
                        "NV-CONC-2:follow-up:" + level,
                        "NV-CONC-2",
                        "LEVEL_" + level,
                        OffsetDateTime.now(),
                        "VP",
                        "Bậc " + level,
                        List.of(),
                        d.deadline(),
                        null)));
    assertThat(store.find("NV-CONC-2").orElseThrow().followUps()).hasSize(30);
    search.refresh("directive-events");
    assertThat(store.events("NV-CONC-2")).hasSize(30);
  }

  /** The follow-up of one level of the ladder, as the escalation worker records it. */
  private static Directive followedUp(Directive directive, int level) {
    return directive.withFollowUp(
        new FollowUp(
            level,
            "LEVEL_" + level,
            OffsetDateTime.now(),
            LocalDate.parse("2026-03-20"),
            List.of("x")),
        false,
        OffsetDateTime.now());
  }

  /** Runs the numbered updates on that many threads at once and waits for every one. */
  private static void atOnce(int threads, int updates, IntConsumer update) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int n = 0; n < updates; n++) {
        int number = n;
        futures.add(pool.submit(() -> update.accept(number)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aRetriedRegistrationCompletesItsHistoryAndASecondInstanceChangesNothing() {
    Directive first = directive("NV-REG-1", "Đăng ký");
    DirectiveEvent registered =
        new DirectiveEvent(
            "NV-REG-1:registered",
            "NV-REG-1",
            "REGISTERED",
            OffsetDateTime.parse("2026-03-02T08:00:00+07:00"),
            "VP",
            "Giao nhiệm vụ cho Sở Tài chính",
            List.of("STC"),
            LocalDate.parse("2026-03-20"),
            null);
    // A crash after the directive was written, before its event: the retry writes the event.
    assertThat(store.create(first)).isTrue();
    assertThat(store.create(first, registered)).isFalse();
    search.refresh("directive-events");
    assertThat(store.events("NV-REG-1"))
        .extracting(DirectiveEvent::description)
        .containsExactly("Giao nhiệm vụ cho Sở Tài chính");
    // A second instance for the same id: neither the directive nor the event is replaced.
    DirectiveEvent other =
        new DirectiveEvent(
            "NV-REG-1:registered",
            "NV-REG-1",
            "REGISTERED",
            OffsetDateTime.parse("2026-03-03T08:00:00+07:00"),
            "VP",
            "Lần hai",
            List.of("SXD"),
            null,
            null);
    assertThat(store.create(directive("NV-REG-1", "Lần hai"), other)).isFalse();
    search.refresh("directive-events");
    assertThat(store.events("NV-REG-1"))
        .extracting(DirectiveEvent::description)
        .containsExactly("Giao nhiệm vụ cho Sở Tài chính");
    assertThat(store.find("NV-REG-1").orElseThrow().title()).isEqualTo("Đăng ký");
  }

  @Test
  void eventsAreKeptOncePerEventId() {
    DirectiveEvent event =
        new DirectiveEvent(
            "NV-EV-1:registered",
            "NV-EV-1",
            "REGISTERED",
            OffsetDateTime.parse("2026-03-02T08:00:00+07:00"),
            "VP",
            "Giao nhiệm vụ",
            List.of("STC"),
            LocalDate.parse("2026-03-20"),
            null);
    store.record(event);
    store.record(event);
    search.refresh("directive-events");
    assertThat(store.events("NV-EV-1")).hasSize(1);
  }

  @Test
  void anUnreachableIndexFailsWithAMessageThatSaysWhatToDo() {
    SearchClient down =
        new SearchClient(
            new SearchProperties(
                List.of(URI.create("http://127.0.0.1:9")),
                PREFIX,
                null,
                null,
                Duration.ofSeconds(2),
                1,
                0),
            JSON);
    IndexedDirectiveStore unreachable = new IndexedDirectiveStore(down);
    assertThatThrownBy(() -> unreachable.find("NV-1"))
        .isInstanceOf(SearchUnavailableException.class)
        .hasMessageContaining("cannot be reached")
        .hasMessageContaining("nothing is lost");
  }
}
