package vn.gov.ubnd.workflow.directives;

/**
 * Which directives a statistic counts: all, one lead agency's (a department sees its own), the work
 * programme's, or those the Government or the Prime Minister gave (the monthly report counts the
 * last two apart).
 *
 * @param leadAgency catalog code of the lead agency, or null for every agency
 * @param workProgrammeOnly only the directives marked as work programme items
 * @param centralGovernmentOnly only the directives marked as given by the Government
 */
public record DirectiveFilter(
    String leadAgency, boolean workProgrammeOnly, boolean centralGovernmentOnly) {

  public static final DirectiveFilter ALL = new DirectiveFilter(null, false, false);

  /** One agency's directives, or all of them when {@code leadAgency} is null. */
  public static DirectiveFilter agency(String leadAgency) {
    return new DirectiveFilter(leadAgency, false, false);
  }

  public static DirectiveFilter workProgramme() {
    return new DirectiveFilter(null, true, false);
  }

  public static DirectiveFilter centralGovernment() {
    return new DirectiveFilter(null, false, true);
  }

  /** The same rule in Java, for the calculator that checks the index's counts. */
  public boolean test(Directive d) {
    return (leadAgency == null || leadAgency.equals(d.leadAgency()))
        && (!workProgrammeOnly || d.workProgrammeItem())
        && (!centralGovernmentOnly || d.centralGovernmentTask());
  }
}
