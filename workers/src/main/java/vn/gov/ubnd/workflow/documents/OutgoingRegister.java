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
    int year = issuedOn.getYear();
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      var existing = store.findByRequest(series, year, requestKey);
      if (existing.isPresent()) {
        return new DocumentNumber(year, existing.get().sequence(), series);
      }
      int next = store.highestSequence(series, year) + 1;
      if (store.claim(new RegisterEntry(series, year, next, requestKey, issuedOn, summary))) {
        return new DocumentNumber(year, next, series);
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
