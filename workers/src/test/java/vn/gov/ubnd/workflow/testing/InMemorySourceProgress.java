package vn.gov.ubnd.workflow.testing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.DirectiveStatisticsCalculator;
import vn.gov.ubnd.workflow.directives.SourceKind;
import vn.gov.ubnd.workflow.directives.SourceProgress;
import vn.gov.ubnd.workflow.directives.SourceProgressSource;

/** The source documents' progress of the in-memory store, counted one directive at a time. */
public class InMemorySourceProgress implements SourceProgressSource {

  private final InMemoryDirectiveStore store;

  public InMemorySourceProgress(InMemoryDirectiveStore store) {
    this.store = store;
  }

  @Override
  public List<SourceProgress> progressOfPeriod(
      LocalDate from, LocalDate to, LocalDate asOf, Collection<SourceKind> kinds, int limit) {
    LocalDate last = to.isBefore(asOf) ? to : asOf;
    Map<String, List<Directive>> bySource =
        store.all().stream()
            .filter(d -> !d.assignedOn().isBefore(from) && !d.assignedOn().isAfter(last))
            .filter(d -> d.sourceDocument() != null && d.sourceDocument().number() != null)
            .filter(d -> kinds.isEmpty() || kinds.contains(d.sourceDocument().kind()))
            .collect(
                Collectors.groupingBy(
                    d -> d.sourceDocument().number(), TreeMap::new, Collectors.toList()));
    return bySource.entrySet().stream()
        .map(e -> DirectiveStatisticsCalculator.sourceProgress(e.getKey(), e.getValue(), asOf))
        .sorted(
            Comparator.comparingInt(SourceProgress::assigned)
                .reversed()
                .thenComparing(SourceProgress::number))
        .limit(limit)
        .toList();
  }
}
