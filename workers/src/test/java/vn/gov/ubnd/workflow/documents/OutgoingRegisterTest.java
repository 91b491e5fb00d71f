package vn.gov.ubnd.workflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.testing.InMemoryDocuments;

class OutgoingRegisterTest {

  private final InMemoryDocuments store = new InMemoryDocuments();
  private final OutgoingRegister register = new OutgoingRegister(store);
  private static final LocalDate DAY = LocalDate.parse("2026-03-05");

  @Test
  void numbersRunFromOneEachYear() {
    assertThat(register.number("BC-UBND", "a", DAY, "A").formatted()).isEqualTo("01/BC-UBND");
    assertThat(register.number("BC-UBND", "b", DAY, "B").formatted()).isEqualTo("02/BC-UBND");
    assertThat(register.number("BC-UBND", "c", LocalDate.parse("2027-01-02"), "C").formatted())
        .isEqualTo("01/BC-UBND");
    assertThat(register.number("BC-VP", "d", DAY, "D").formatted()).isEqualTo("01/BC-VP");
  }

  @Test
  void anIssuedFileIsNamedByItsYearNumberAndSymbol() {
    assertThat(new DocumentNumber(2026, 5, "BC-UBND").fileName("bao-cao"))
        .isEqualTo("bao-cao-2026-05-BC-UBND.docx");
    assertThat(new DocumentNumber(2026, 123, "BC-VP").fileName("bao-cao-thang"))
        .isEqualTo("bao-cao-thang-2026-123-BC-VP.docx");
  }

  @Test
  void aRetriedRequestGetsItsOwnNumberBack() {
    DocumentNumber first = register.number("BC-UBND", "report-cycle-42", DAY, "Báo cáo");
    register.number("BC-UBND", "report-cycle-43", DAY, "Báo cáo khác");
    assertThat(register.number("BC-UBND", "report-cycle-42", DAY, "Báo cáo")).isEqualTo(first);
    assertThat(store.entries()).hasSize(2);
  }

  @Test
  void concurrentRequestsNeverShareANumberAndNoneIsSkipped() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<DocumentNumber>> futures = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String key = "cycle-" + i;
      futures.add(
          pool.submit((Callable<DocumentNumber>) () -> register.number("BC-UBND", key, DAY, key)));
    }
    List<Integer> numbers = new ArrayList<>();
    for (Future<DocumentNumber> f : futures) {
      numbers.add(f.get().sequence());
    }
    pool.shutdown();
    assertThat(numbers).doesNotHaveDuplicates().hasSize(60);
    assertThat(numbers.stream().sorted().toList())
        .isEqualTo(IntStream.rangeClosed(1, 60).boxed().toList());
  }

  @Test
  void aFailureBeforeTheEntryIsWrittenSkipsNoNumber() {
    AtomicBoolean failOnce = new AtomicBoolean(true);
    RegisterStore flaky =
        new RegisterStore() {
          @Override
          public Optional<RegisterEntry> findByRequest(String series, String requestKey) {
            return store.findByRequest(series, requestKey);
          }

          @Override
          public int highestSequence(String series, int year) {
            return store.highestSequence(series, year);
          }

          @Override
          public Issued issuedBetween(LocalDate from, LocalDate to, int limit) {
            return store.issuedBetween(from, to, limit);
          }

          @Override
          public boolean claim(RegisterEntry entry) {
            if (failOnce.getAndSet(false)) {
              throw new IllegalStateException("index unreachable");
            }
            return store.claim(entry);
          }
        };
    OutgoingRegister flakyRegister = new OutgoingRegister(flaky);
    try {
      flakyRegister.number("BC-UBND", "r1", DAY, "x");
    } catch (IllegalStateException expected) {
      // the job fails and is retried
    }
    assertThat(flakyRegister.number("BC-UBND", "r1", DAY, "x").sequence()).isEqualTo(1);
    assertThat(flakyRegister.number("BC-UBND", "r2", DAY, "y").sequence()).isEqualTo(2);
  }

  @Test
  void aRetryInTheNewYearKeepsTheNumberAndTheDateOfTheFirstAttempt() {
    LocalDate newYearsEve = LocalDate.parse("2026-12-31");
    RegisterEntry first = register.take("BC-UBND", "cycle-9", newYearsEve, "x");
    RegisterEntry retried = register.take("BC-UBND", "cycle-9", LocalDate.parse("2027-01-01"), "x");
    assertThat(retried).isEqualTo(first);
    assertThat(retried.issuedOn()).isEqualTo(newYearsEve);
    assertThat(retried.year()).isEqualTo(2026);
    // The new year's register starts at 01, untouched by the retry.
    assertThat(
            register.number("BC-UBND", "cycle-10", LocalDate.parse("2027-01-02"), "y").sequence())
        .isEqualTo(1);
  }
}
