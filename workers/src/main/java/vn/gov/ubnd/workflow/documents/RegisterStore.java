package vn.gov.ubnd.workflow.documents;

import java.util.Optional;

/** Where the outgoing register is kept: the search index in production. */
public interface RegisterStore {

  /** The entry a request got, in whatever year it got it, if it got one. */
  Optional<RegisterEntry> findByRequest(String series, String requestKey);

  /** The highest number taken in the series and year, 0 if none. */
  int highestSequence(String series, int year);

  /** Takes the number of the entry; false if someone else holds it already. */
  boolean claim(RegisterEntry entry);
}
