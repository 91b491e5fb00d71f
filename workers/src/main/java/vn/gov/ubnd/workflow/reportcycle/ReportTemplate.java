package vn.gov.ubnd.workflow.reportcycle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The template of one kind of report.
 *
 * @param kind which report
 * @param documentType the line above the summary: "BÁO CÁO", or "BÁO CÁO TÓM TẮT"
 * @param summary the summary line under the document type
 * @param opening the first paragraph
 * @param closing the closing line
 * @param sections the section tree
 * @param sectionsFrom the kind whose sections this template shares, instead of its own
 * @param detailsInFootnotes the figures' details (document by document) go to Word footnotes, as
 *     the thematic review prints them, instead of the body
 */
public record ReportTemplate(
    ReportKind kind,
    String documentType,
    String summary,
    String opening,
    String closing,
    List<TemplateSection> sections,
    ReportKind sectionsFrom,
    boolean detailsInFootnotes) {

  public ReportTemplate {
    documentType = documentType == null || documentType.isBlank() ? "BÁO CÁO" : documentType;
  }

  ReportTemplate withSections(List<TemplateSection> shared) {
    return new ReportTemplate(
        kind, documentType, summary, opening, closing, shared, null, detailsInFootnotes);
  }

  /** Whether some leaf takes its text from the source. */
  public boolean uses(TemplateSection.Source source) {
    return leaves().stream().anyMatch(l -> l.sources().contains(source));
  }

  /** Leaf sections in print order. */
  public List<TemplateSection> leaves() {
    List<TemplateSection> leaves = new ArrayList<>();
    collect(sections, leaves);
    return leaves;
  }

  private static void collect(List<TemplateSection> sections, List<TemplateSection> into) {
    for (TemplateSection s : sections) {
      if (s.isLeaf()) {
        into.add(s);
      } else {
        collect(s.children(), into);
      }
    }
  }

  /** Departments asked by default: every contributor of a section, in template order. */
  public List<String> defaultDepartments() {
    Set<String> codes = new LinkedHashSet<>();
    leaves().forEach(l -> codes.addAll(l.contributors()));
    return List.copyOf(codes);
  }

  /** The leaf sections whose results a department writes. */
  public List<TemplateSection> sectionsOf(String departmentCode) {
    return leaves().stream().filter(l -> l.contributors().contains(departmentCode)).toList();
  }
}
