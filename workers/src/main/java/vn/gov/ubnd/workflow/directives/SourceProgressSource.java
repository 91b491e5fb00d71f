package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The source documents' progress over a period: the index in production. */
public interface SourceProgressSource {

  /**
   * The source documents of the kinds whose directives were assigned in the period (most directives
   * first, at most {@code limit}), each with its directives' progress as of the day.
   */
  List<SourceProgress> progressOfPeriod(
      LocalDate from, LocalDate to, LocalDate asOf, Collection<SourceKind> kinds, int limit);
}
