package vn.gov.ubnd.workflow.reportcycle;

import java.util.List;

/**
 * A section of a report template.
 *
 * @param number printed number ("A", "I", "1")
 * @param key identifier of a leaf section, where content goes
 * @param title heading, may hold {year}-style placeholders
 * @param contributors departments whose results fill it (source DEPARTMENTS)
 * @param source where its content comes from
 * @param children sub-sections
 */
public record TemplateSection(
    String number,
    String key,
    String title,
    List<String> contributors,
    Source source,
    List<TemplateSection> children) {

  /** Where a leaf section's content comes from. */
  public enum Source {
    DEPARTMENTS,
    SHORTCOMINGS,
    NEXT_TASKS,
    DIRECTIVES,
    OFFICE
  }

  public TemplateSection {
    contributors = contributors == null ? List.of() : List.copyOf(contributors);
    children = children == null ? List.of() : List.copyOf(children);
    source = source == null ? Source.DEPARTMENTS : source;
  }

  public boolean isLeaf() {
    return children.isEmpty();
  }
}
