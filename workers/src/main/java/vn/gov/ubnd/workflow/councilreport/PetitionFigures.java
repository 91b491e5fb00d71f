package vn.gov.ubnd.workflow.councilreport;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.directives.Directive;

/**
 * The petitions of one Council session counted by outcome: in all, per field of the Council's
 * committees, per lead agency; and how many were carried over at least once.
 *
 * @param total outcomes of all the session's petitions
 * @param byField outcomes per Council field code
 * @param byAgency outcomes per lead agency code
 * @param carriedOver petitions carried over at least once
 */
public record PetitionFigures(
    Map<PetitionOutcome, Integer> total,
    Map<String, Map<PetitionOutcome, Integer>> byField,
    Map<String, Map<PetitionOutcome, Integer>> byAgency,
    int carriedOver) {

  public int count() {
    return total.values().stream().mapToInt(Integer::intValue).sum();
  }

  public static Map<PetitionOutcome, Integer> zero() {
    Map<PetitionOutcome, Integer> counts = new EnumMap<>(PetitionOutcome.class);
    for (PetitionOutcome outcome : PetitionOutcome.values()) {
      counts.put(outcome, 0);
    }
    return counts;
  }

  /**
   * The figures counted one petition at a time: the rule the index's aggregation must agree with,
   * and the figures of a list already in memory.
   */
  public static PetitionFigures counted(List<Directive> items, String session, LocalDate today) {
    Map<PetitionOutcome, Integer> total = zero();
    Map<String, Map<PetitionOutcome, Integer>> byField = new TreeMap<>();
    Map<String, Map<PetitionOutcome, Integer>> byAgency = new TreeMap<>();
    int carried = 0;
    for (Directive d : items) {
      if (d.councilItem() == null
          || d.councilItem().kind() != CouncilItemKind.PETITION
          || !session.equals(d.councilItem().sessionName())) {
        continue;
      }
      PetitionOutcome outcome = PetitionOutcome.of(d, today);
      total.merge(outcome, 1, Integer::sum);
      byField
          .computeIfAbsent(String.valueOf(d.councilItem().councilField()), k -> zero())
          .merge(outcome, 1, Integer::sum);
      byAgency.computeIfAbsent(d.leadAgency(), k -> zero()).merge(outcome, 1, Integer::sum);
      if (d.councilItem().carryOvers() > 0) {
        carried++;
      }
    }
    return new PetitionFigures(total, byField, byAgency, carried);
  }
}
