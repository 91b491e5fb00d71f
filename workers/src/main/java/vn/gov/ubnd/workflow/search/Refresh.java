package vn.gov.ubnd.workflow.search;

/**
 * When a write becomes visible to searches. A read by id ({@link SearchClient#get}, {@link
 * SearchClient#multiGet}) sees every write at once; only a search that must see a write right after
 * it needs {@link #WAIT_FOR}, which costs up to the index's refresh interval (1 s).
 */
public enum Refresh {
  /** Visible to searches after the next periodic refresh. */
  NONE,
  /** The call returns once searches see the write. */
  WAIT_FOR;

  /** The request parameter, after the path's {@code separator}. */
  String parameter(char separator) {
    return this == WAIT_FOR ? separator + "refresh=wait_for" : "";
  }
}
