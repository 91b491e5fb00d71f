package vn.gov.ubnd.workflow.officedocuments;

import java.time.LocalDate;
import java.util.Map;

/**
 * The office's documents of a period: issued, by kind, and received.
 *
 * @param from first day
 * @param to last day
 * @param issuedByKind issued documents per kind code, kinds with none absent
 * @param received documents received
 */
public record DocumentFlow(
    LocalDate from, LocalDate to, Map<String, Long> issuedByKind, long received) {

  public DocumentFlow {
    issuedByKind = Map.copyOf(issuedByKind);
  }

  public long issued() {
    return issuedByKind.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Nothing imported for the period: a report says so rather than print zeros. */
  public boolean empty() {
    return issued() == 0 && received == 0;
  }
}
