package vn.gov.ubnd.workflow.documents;

import java.time.LocalDate;

/**
 * Gives documents their numbers: one sequence per series and year, restarting at 1 on 1 January. A
 * number is taken only by writing its entry, and an entry can be written only once, so two cycles
 * never share a number; a request that asks again (a retried job) gets its own number back; and no
 * number is skipped, since nothing is counted before its entry exists.
 */
public final class OutgoingRegister {

  private static final int MAX_ATTEMPTS = 100;

  private final RegisterStore store;

  public OutgoingRegister(RegisterStore store) {
    this.store = store;
  }

  public DocumentNumber number(
      String series, String requestKey, LocalDate issuedOn, String summary) {
    RegisterEntry entry = take(series, requestKey, issuedOn, summary);
    return new DocumentNumber(entry.year(), entry.sequence(), series);
  }

  /**
   * The entry of the request: taken now, dated {@code issuedOn}, or the one it took before, with
   * its number and date, whatever day or year the request comes again (a job retried on 1 January
   * keeps its number and its date of 31 December).
   */
  public RegisterEntry take(String series, String requestKey, LocalDate issuedOn, String summary) {
    int year = issuedOn.getYear();
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      var existing = store.findByRequest(series, requestKey);
      if (existing.isPresent()) {
        return existing.get();
      }
      int next = store.highestSequence(series, year) + 1;
      RegisterEntry entry = new RegisterEntry(series, year, next, requestKey, issuedOn, summary);
      if (store.claim(entry)) {
        return entry;
      }
      // Someone took that number meanwhile: look again.
    }
    throw new IllegalStateException(
        "no number could be taken in register "
            + series
            + "/"
            + year
            + " after "
            + MAX_ATTEMPTS
            + " attempts");
  }
}
