package vn.gov.ubnd.workflow.council;

/**
 * A petition's or a commitment's own fields as typed (form, API or a row of the Standing
 * Committee's list), before they are checked.
 *
 * @param kind code or label of {@link CouncilItemKind}
 * @param roundTiming code or label of {@link RoundTiming}
 * @param councilField code or name of a field in the catalog
 */
public record CouncilItemInput(
    String kind,
    String sessionName,
    String roundTiming,
    String voterLocality,
    String councilField,
    String delegate,
    String answeringOfficial) {

  /** Whether anything of it was typed at all. */
  public boolean isEmpty() {
    return blank(kind)
        && blank(sessionName)
        && blank(roundTiming)
        && blank(voterLocality)
        && blank(councilField)
        && blank(delegate)
        && blank(answeringOfficial);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
