package vn.gov.ubnd.workflow.testing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.councilreport.PetitionFigures;
import vn.gov.ubnd.workflow.councilreport.SessionItems;
import vn.gov.ubnd.workflow.directives.Directive;

/**
 * A session's items from the in-memory directives, counted one by one: the rule the index's figures
 * are checked against in DirectiveStatisticsIT.
 */
public class InMemorySessionItems implements SessionItems {

  private final InMemoryDirectiveStore store;

  public InMemorySessionItems(InMemoryDirectiveStore store) {
    this.store = store;
  }

  @Override
  public List<Directive> items(CouncilItemKind kind, String session) {
    return store.all().stream()
        .filter(
            d ->
                d.councilItem() != null
                    && d.councilItem().kind() == kind
                    && session.equals(d.councilItem().sessionName()))
        .sorted(Comparator.comparing(Directive::directiveId))
        .toList();
  }

  @Override
  public List<String> sessions(CouncilItemKind kind) {
    Map<String, LocalDate> latest = new LinkedHashMap<>();
    for (Directive d : store.all()) {
      if (d.councilItem() != null && d.councilItem().kind() == kind) {
        latest.merge(
            d.councilItem().sessionName(),
            d.assignedOn(),
            (a, b) -> a == null ? b : b == null || a.isAfter(b) ? a : b);
      }
    }
    return latest.entrySet().stream()
        .sorted(
            Map.Entry.<String, LocalDate>comparingByValue(
                    Comparator.nullsFirst(Comparator.naturalOrder()))
                .reversed())
        .map(Map.Entry::getKey)
        .toList();
  }

  @Override
  public List<Directive> itemsAssignedBetween(CouncilItemKind kind, LocalDate from, LocalDate to) {
    return store.all().stream()
        .filter(d -> d.councilItem() != null && d.councilItem().kind() == kind)
        .filter(d -> !d.assignedOn().isBefore(from) && !d.assignedOn().isAfter(to))
        .sorted(Comparator.comparing(Directive::directiveId))
        .toList();
  }

  @Override
  public PetitionFigures petitionFigures(String session, LocalDate today) {
    return PetitionFigures.counted(store.all(), session, today);
  }
}
