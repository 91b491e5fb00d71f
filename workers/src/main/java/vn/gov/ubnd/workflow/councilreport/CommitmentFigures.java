package vn.gov.ubnd.workflow.councilreport;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.directives.Directive;

/**
 * A session's questioning commitments counted by outcome, in all and per answering official. A
 * session holds tens of commitments, so they are counted from the list the report prints.
 *
 * @param total outcomes of all the session's commitments
 * @param byOfficial outcomes per answering official, by name
 * @param delegates how many delegates' questions gave rise to them
 */
record CommitmentFigures(
    Map<CommitmentOutcome, Integer> total,
    Map<String, Map<CommitmentOutcome, Integer>> byOfficial,
    int delegates) {

  public int count() {
    return total.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int count(CommitmentOutcome outcome) {
    return total.get(outcome);
  }

  static Map<CommitmentOutcome, Integer> zero() {
    Map<CommitmentOutcome, Integer> counts = new EnumMap<>(CommitmentOutcome.class);
    for (CommitmentOutcome outcome : CommitmentOutcome.values()) {
      counts.put(outcome, 0);
    }
    return counts;
  }

  public static CommitmentFigures counted(List<Directive> items, String session, LocalDate today) {
    Map<CommitmentOutcome, Integer> total = zero();
    Map<String, Map<CommitmentOutcome, Integer>> byOfficial = new TreeMap<>();
    Set<String> delegates = new HashSet<>();
    for (Directive d : items) {
      if (d.councilItem() == null
          || d.councilItem().kind() != CouncilItemKind.COMMITMENT
          || !session.equals(d.councilItem().sessionName())) {
        continue;
      }
      CommitmentOutcome outcome = CommitmentOutcome.of(d, today);
      total.merge(outcome, 1, Integer::sum);
      String official = d.councilItem().answeringOfficial();
      byOfficial
          .computeIfAbsent(
              official == null || official.isBlank() ? "(chưa ghi)" : official, k -> zero())
          .merge(outcome, 1, Integer::sum);
      if (d.councilItem().delegate() != null && !d.councilItem().delegate().isBlank()) {
        delegates.add(d.councilItem().delegate().trim());
      }
    }
    return new CommitmentFigures(total, byOfficial, delegates.size());
  }
}
