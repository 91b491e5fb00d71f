package vn.gov.ubnd.workflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.council.AnswerCategory;
import vn.gov.ubnd.workflow.council.CouncilItem;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.council.RoundTiming;
import vn.gov.ubnd.workflow.councilreport.CouncilFollowUpFigures;
import vn.gov.ubnd.workflow.councilreport.IndexedCouncilFollowUp;
import vn.gov.ubnd.workflow.councilreport.IndexedPetitionFigures;
import vn.gov.ubnd.workflow.councilreport.PetitionFigures;
import vn.gov.ubnd.workflow.councilreport.PetitionOutcome;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.DirectiveFilter;
import vn.gov.ubnd.workflow.directives.DirectiveStatistics;
import vn.gov.ubnd.workflow.directives.DirectiveStatisticsCalculator;
import vn.gov.ubnd.workflow.directives.IndexedAgencyRanking;
import vn.gov.ubnd.workflow.directives.IndexedDirectiveStatistics;
import vn.gov.ubnd.workflow.directives.IndexedSourceProgress;
import vn.gov.ubnd.workflow.directives.RankingKey;
import vn.gov.ubnd.workflow.directives.RankingProperties;
import vn.gov.ubnd.workflow.directives.SourceDocument;
import vn.gov.ubnd.workflow.directives.SourceProgress;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.search.BulkOperation;
import vn.gov.ubnd.workflow.search.BulkOutcome;
import vn.gov.ubnd.workflow.search.Refresh;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.testing.TestDirective;

/**
 * The statistics counted by OpenSearch's aggregations equal the calculator's, which counts the same
 * directives one by one in Java (the oracle): the seed-004 April line, withdrawn directives outside
 * the base, and a year of varied directives seen on several days.
 */
@ExtendWith(LocalStack.class)
class DirectiveStatisticsIT {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static final String PREFIX = "itstat" + Long.toString(System.nanoTime(), 36);
  private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(List.of());
  private static final List<String> AGENCIES =
      List.of("SCT", "STC", "SXD", "SYT", "SNV", "STP", "SNNMT", "SGDDT");
  private static final List<String> LEADERS = List.of("CT", "PCT-KT", "PCT-VX", "PCT-TT");

  private static SearchClient search;
  private static IndexedDirectiveStatistics statistics;
  private static final List<Directive> all = new ArrayList<>();

  @BeforeAll
  static void indexDirectives() {
    search = LocalStack.search(PREFIX, Duration.ofSeconds(30), JSON);
    statistics = new IndexedDirectiveStatistics(search, CALENDAR);
    seedAprilLine();
    varied(new Random(20221), 3_000);
    search.ensureIndexFromResource("directives", "search/directives.json");
    for (int i = 0; i < all.size(); i += 500) {
      List<BulkOperation> batch =
          all.subList(i, Math.min(i + 500, all.size())).stream()
              .map(d -> BulkOperation.create("directives", d.directiveId(), d))
              .toList();
      assertThat(search.bulk(batch, Refresh.NONE)).allMatch(BulkOutcome::succeeded);
    }
    search.refresh("directives");
  }

  @AfterAll
  static void close() throws Exception {
    search.deleteIndex("directives");
    search.close();
  }

  /** Cao Bằng, April 2022 (seed 004): 338 assigned; 198 done, 78 in progress, 62 overdue. */
  private static void seedAprilLine() {
    LocalDate assigned = LocalDate.parse("2022-04-05");
    LocalDate due = LocalDate.parse("2022-04-20");
    for (int i = 0; i < 150; i++) {
      all.add(
          directive("SEED", "STC", "PCT-KT", assigned, due, "C", LocalDate.parse("2022-04-15")));
    }
    for (int i = 0; i < 48; i++) {
      all.add(
          directive("SEED", "SXD", "PCT-KT", assigned, due, "C", LocalDate.parse("2022-04-25")));
    }
    for (int i = 0; i < 70; i++) {
      all.add(
          directive("SEED", "SYT", "PCT-VX", assigned, LocalDate.parse("2022-05-10"), "P", null));
    }
    for (int i = 0; i < 8; i++) {
      all.add(directive("SEED", "SYT", "PCT-VX", assigned, null, "P", null));
    }
    for (int i = 0; i < 62; i++) {
      all.add(directive("SEED", "SCT", "CT", assigned, due, "P", null));
    }
    // Withdrawn ones stand outside the base.
    for (int i = 0; i < 5; i++) {
      all.add(directive("SEED", "SNV", "CT", assigned, due, "W", LocalDate.parse("2022-04-12")));
    }
  }

  /** A year of directives in every state, some closed after the days the statistics look at. */
  private static void varied(Random random, int count) {
    for (int i = 0; i < count; i++) {
      LocalDate assigned = LocalDate.parse("2023-01-01").plusDays(random.nextInt(365));
      LocalDate deadline =
          random.nextInt(20) == 0 ? null : assigned.plusDays(5 + random.nextInt(60));
      int kind = random.nextInt(10);
      String state = kind < 5 ? "C" : kind < 6 ? "W" : "P";
      LocalDate closed =
          state.equals("P")
              ? null
              : (deadline == null ? assigned.plusDays(30) : deadline)
                  .plusDays(random.nextInt(41) - 20);
      if (closed != null && closed.isBefore(assigned)) {
        closed = assigned;
      }
      all.add(
          directive(
              "VAR",
              AGENCIES.get(random.nextInt(AGENCIES.size())),
              LEADERS.get(random.nextInt(LEADERS.size())),
              assigned,
              deadline,
              state,
              closed));
    }
  }

  private static Directive directive(
      String series,
      String agency,
      String leader,
      LocalDate assignedOn,
      LocalDate deadline,
      String state,
      LocalDate closedOn) {
    return TestDirective.of(String.format("%s-%05d", series, all.size()))
        .title("Nhiệm vụ số " + all.size())
        .agency(agency)
        .leader(leader, "Lãnh đạo " + leader)
        .assignedOn(assignedOn)
        .deadline(deadline)
        .workProgramme(all.size() % 4 == 0)
        .centralGovernment(all.size() % 7 == 0)
        .escalationLevel(all.size() % 3)
        .source(
            all.size() % 5 == 0
                ? null
                : new SourceDocument((all.size() % 37) + "/NQ-CP", assignedOn, "Chính phủ"))
        .councilItem(series.equals("VAR") && all.size() % 3 == 0 ? petition(state) : null)
        .inState(state, closedOn);
  }

  private static final List<String> SESSIONS = List.of("Kỳ họp thứ 8", "Kỳ họp thứ 9");
  private static final List<String> FIELDS = List.of("KTNS", "VHXH", "PC", "DT", "DOTHI");

  /**
   * Every third directive of the year is a voters' petition of one of two sessions: a completed one
   * answered in a final category, an open one unanswered or carried over on a roadmap.
   */
  private static CouncilItem petition(String state) {
    int n = all.size();
    var item =
        CouncilItem.registered(
            CouncilItemKind.PETITION,
            SESSIONS.get(n % 2),
            RoundTiming.AFTER_SESSION,
            "Xã " + (n % 11),
            FIELDS.get(n % 5),
            "Lĩnh vực " + FIELDS.get(n % 5),
            null,
            null);
    var categories = AnswerCategory.values();
    return switch (state) {
      case "C" ->
          item.answered(List.of(categories[0], categories[2], categories[3]).get((n / 3) % 3));
      case "P" ->
          n % 5 < 2 ? item.carriedOver("Lộ trình " + n, LocalDate.parse("2024-06-30")) : item;
      default -> item;
    };
  }

  @ParameterizedTest(name = "{0} as of {1}")
  @CsvSource({"Kỳ họp thứ 8, 2023-06-30", "Kỳ họp thứ 9, 2024-03-01", "Kỳ họp thứ 9, 2023-02-01"})
  void aSessionsPetitionsAreCountedAsTheCalculatorDoes(String session, LocalDate today) {
    var indexed = new IndexedPetitionFigures(search);
    var expected = PetitionFigures.counted(all, session, today);
    var found = indexed.figures(session, today, null);
    assertThat(expected.count()).isGreaterThan(300);
    assertThat(found).isEqualTo(expected);
    assertThat(found.total().get(PetitionOutcome.IN_PROGRESS)).isPositive();
    assertThat(found.carriedOver()).isPositive();
    // One agency's petitions: those it leads (no coordinating agencies in this data).
    var sxd =
        PetitionFigures.counted(
            all.stream().filter(d -> d.leadAgency().equals("SXD")).toList(), session, today);
    assertThat(indexed.figures(session, today, "SXD")).isEqualTo(sxd);
    assertThat(indexed.sessions()).containsExactlyInAnyOrderElementsOf(SESSIONS);
    // The dashboard's petitions and commitments, as they stand on the day.
    var followUp = new IndexedCouncilFollowUp(search);
    assertThat(followUp.figures(today, null)).isEqualTo(CouncilFollowUpFigures.counted(all, today));
    assertThat(followUp.figures(today, "SXD"))
        .isEqualTo(
            CouncilFollowUpFigures.counted(
                all.stream().filter(d -> d.leadAgency().equals("SXD")).toList(), today));
  }

  @ParameterizedTest(name = "{0} to {1} as of {2}")
  @CsvSource({
    "2022-04-01, 2022-04-30, 2022-04-28",
    "2022-04-01, 2022-04-30, 2022-04-10",
    "2023-01-01, 2023-12-31, 2023-06-30",
    "2023-01-01, 2023-12-31, 2024-03-01",
    "2023-03-15, 2023-04-14, 2023-04-14",
    "2023-07-01, 2023-07-31, 2023-07-01",
    "2021-01-01, 2021-12-31, 2022-01-01"
  })
  void theIndexCountsAsTheCalculatorDoes(LocalDate from, LocalDate to, LocalDate asOf) {
    DirectiveStatistics expected =
        new DirectiveStatisticsCalculator(CALENDAR).compute(all, from, to, asOf, 50);
    DirectiveStatistics counted = statistics.statistics(from, to, asOf, 50);
    assertThat(counted).isEqualTo(expected);
  }

  /** The monthly report's two filters, counted by the index as the calculator counts them. */
  @ParameterizedTest(name = "{0} to {1} as of {2}")
  @CsvSource({"2023-01-01, 2023-12-31, 2023-06-30", "2023-03-15, 2023-04-14, 2023-04-14"})
  void theIndexFiltersTheWorkProgrammeAndTheGovernmentsTasksAsTheCalculatorDoes(
      LocalDate from, LocalDate to, LocalDate asOf) {
    for (DirectiveFilter filter :
        List.of(DirectiveFilter.workProgramme(), DirectiveFilter.centralGovernment())) {
      DirectiveStatistics expected =
          new DirectiveStatisticsCalculator(CALENDAR)
              .compute(all.stream().filter(filter::test).toList(), from, to, asOf, 50);
      DirectiveStatistics counted = statistics.statistics(from, to, asOf, 50, filter);
      assertThat(counted).as(filter.toString()).isEqualTo(expected);
      assertThat(counted.assigned()).isPositive();
    }
  }

  /** The ranking's figures from the index equal those counted one by one in Java. */
  @ParameterizedTest(name = "{0} to {1} as of {2}")
  @CsvSource({
    "2023-01-01, 2023-12-31, 2023-06-30",
    "2023-01-01, 2023-12-31, 2024-03-01",
    "2022-04-01, 2022-04-30, 2022-04-28"
  })
  void theRankingsFiguresAreTheCalculatorsAndItsWorkingDaysOverdueExact(
      LocalDate from, LocalDate to, LocalDate asOf) {
    var ranking =
        new IndexedAgencyRanking(
            search, CALENDAR, new RankingProperties(List.of(RankingKey.ON_TIME_RATE), 1));
    var expected = DirectiveStatisticsCalculator.agencyFigures(all, from, to, asOf, CALENDAR);
    assertThat(ranking.figures(from, to, asOf)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(expected).anyMatch(a -> a.workingDaysOverdue() > 0);
  }

  /** The monthly report's "(trong N văn bản)": distinct source documents, counted exactly. */
  @ParameterizedTest(name = "{0} to {1} as of {2}")
  @CsvSource({"2023-01-01, 2023-12-31, 2023-06-30", "2023-03-15, 2023-04-14, 2023-04-14"})
  void theSourceDocumentsOfTheGovernmentsTasksAreCountedAsInJava(
      LocalDate from, LocalDate to, LocalDate asOf) {
    LocalDate last = to.isBefore(asOf) ? to : asOf;
    long expected =
        all.stream()
            .filter(d -> !d.assignedOn().isBefore(from) && !d.assignedOn().isAfter(last))
            .filter(Directive::centralGovernmentTask)
            .filter(Directive::givenByTheCommittee)
            .filter(d -> d.sourceDocument() != null)
            .map(d -> d.sourceDocument().number())
            .distinct()
            .count();
    assertThat(statistics.sourceDocuments(from, to, asOf, DirectiveFilter.centralGovernment()))
        .isEqualTo(expected)
        .isGreaterThan(5);
  }

  /** The dashboard's documents: each one's progress from the index as counted in Java. */
  @ParameterizedTest(name = "{0} to {1} as of {2}")
  @CsvSource({"2023-01-01, 2023-12-31, 2023-06-30", "2023-03-15, 2023-04-14, 2023-04-14"})
  void eachSourceDocumentsProgressInThePeriodIsTheCalculators(
      LocalDate from, LocalDate to, LocalDate asOf) {
    LocalDate last = to.isBefore(asOf) ? to : asOf;
    Map<String, List<Directive>> bySource = new TreeMap<>();
    all.stream()
        .filter(d -> !d.assignedOn().isBefore(from) && !d.assignedOn().isAfter(last))
        .filter(d -> d.sourceDocument() != null)
        .forEach(
            d ->
                bySource
                    .computeIfAbsent(d.sourceDocument().number(), k -> new ArrayList<>())
                    .add(d));
    List<SourceProgress> expected =
        bySource.entrySet().stream()
            .map(e -> DirectiveStatisticsCalculator.sourceProgress(e.getKey(), e.getValue(), asOf))
            .toList();
    var counted =
        new IndexedSourceProgress(search).progressOfPeriod(from, to, asOf, (String) null, 1_000);
    assertThat(counted).containsExactlyInAnyOrderElementsOf(expected).hasSizeGreaterThan(5);
    for (int i = 1; i < counted.size(); i++) {
      assertThat(counted.get(i).assigned()).isLessThanOrEqualTo(counted.get(i - 1).assigned());
    }
    assertThat(new IndexedSourceProgress(search).progressOfPeriod(from, to, asOf, (String) null, 3))
        .hasSize(3);
  }

  @ParameterizedTest(name = "April 2022 as of {0}")
  @CsvSource("2022-04-28")
  void theSeedsAprilLineFromTheIndex(LocalDate asOf) {
    DirectiveStatistics april =
        statistics.statistics(
            LocalDate.parse("2022-04-01"), LocalDate.parse("2022-04-30"), asOf, 10);
    assertThat(april.assigned()).isEqualTo(343);
    assertThat(april.withdrawn()).isEqualTo(5);
    assertThat(april.summary().base()).isEqualTo(338);
    assertThat(april.summary().done().percentText()).isEqualTo("58,6%");
    assertThat(april.summary().inProgress().percentText()).isEqualTo("23,1%");
    assertThat(april.summary().overdue().percentText()).isEqualTo("18,3%");
    assertThat(april.summary().baseDescription()).contains("không kể 5 nhiệm vụ thôi thực hiện");
    assertThat(april.overdue()).isEqualTo(62);
    assertThat(april.oldestOverdue()).hasSize(10); // bounded list, exact count
  }
}
