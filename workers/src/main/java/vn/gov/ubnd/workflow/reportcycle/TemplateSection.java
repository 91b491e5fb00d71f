package vn.gov.ubnd.workflow.reportcycle;

import java.util.List;

/**
 * A section of a report template.
 *
 * @param number printed number ("A", "I", "1")
 * @param key identifier of a leaf section, where content goes
 * @param title heading, may hold {year}-style placeholders
 * @param contributors departments whose results fill it (source DEPARTMENTS)
 * @param source where its content comes from, when one source fills it
 * @param sources where its content comes from, in print order, when several do
 * @param children sub-sections
 */
public record TemplateSection(
    String number,
    String key,
    String title,
    List<String> contributors,
    Source source,
    List<Source> sources,
    List<TemplateSection> children) {

  /** Where a leaf section's content comes from. */
  public enum Source {
    /** The results the contributing departments send, with their indicators. */
    DEPARTMENTS,
    /** The departments' shortcomings and their causes. */
    SHORTCOMINGS,
    /** The departments' tasks and solutions for the next period. */
    NEXT_TASKS,
    /** The directive statistics of the period (directive-tracking index). */
    DIRECTIVES,
    /** The progress of the Council's resolutions, programmes and plans (the register). */
    SOURCE_DOCUMENTS,
    /** The voters' petitions answered and the commitments to delegates kept in the period. */
    COUNCIL_FOLLOW_UP,
    /** The documents issued and received in the period (the office's register). */
    DOCUMENTS_ISSUED,
    /** The departments' indicators against plan: the tally and a table. */
    INDICATORS,
    /** Written by the office when it edits the draft. */
    OFFICE
  }

  public TemplateSection {
    contributors = contributors == null ? List.of() : List.copyOf(contributors);
    children = children == null ? List.of() : List.copyOf(children);
    if (source != null && sources != null) {
      throw new IllegalArgumentException(
          "section " + number + " " + title + ": give either source or sources, not both");
    }
    sources =
        sources != null && !sources.isEmpty()
            ? List.copyOf(sources)
            : List.of(source == null ? Source.DEPARTMENTS : source);
    source = null;
  }

  /** Sources of a leaf built in code (tests, other kinds). */
  public TemplateSection(
      String number,
      String key,
      String title,
      List<String> contributors,
      Source source,
      List<TemplateSection> children) {
    this(number, key, title, contributors, source, null, children);
  }

  public boolean isLeaf() {
    return children.isEmpty();
  }
}
