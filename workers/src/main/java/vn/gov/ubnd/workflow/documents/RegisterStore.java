package vn.gov.ubnd.workflow.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where the outgoing register is kept: the search index in production. */
public interface RegisterStore {

  /** The entry a request got, in whatever year it got it, if it got one. */
  Optional<RegisterEntry> findByRequest(String series, String requestKey);

  /** The highest number taken in the series and year, 0 if none. */
  int highestSequence(String series, int year);

  /**
   * The entries dated from {@code from} to {@code to}, by date and number: a month's documents (a
   * register holds hundreds a year; at most {@code limit} are returned, {@code total} counts all).
   */
  Issued issuedBetween(LocalDate from, LocalDate to, int limit);

  /**
   * Entries of a period.
   *
   * @param total how many there are
   * @param entries the first of them, by date and number
   */
  record Issued(long total, List<RegisterEntry> entries) {}

  /** Takes the number of the entry; false if someone else holds it already. */
  boolean claim(RegisterEntry entry);
}
