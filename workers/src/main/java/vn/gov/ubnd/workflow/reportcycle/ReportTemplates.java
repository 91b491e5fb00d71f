package vn.gov.ubnd.workflow.reportcycle;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The report templates data file: templates by kind, the numbering series, the recipients and the
 * lead times of the cycle in working days.
 *
 * @param numbering the outgoing register's series for these reports
 * @param signOffLeadWorkingDays remind the chair this many working days before the submission date
 * @param submissionLeadWorkingDays the report should reach the council this many working days
 *     before the session opens
 * @param responseLeadWorkingDays default response deadline, working days before the opening
 * @param reminderWorkingDaysBefore remind a department this many working days before its deadline
 * @param cutOffWorkingDaysAfter close a silent department's assignment this many working days after
 * @param recipients the "Nơi nhận" list
 * @param indicatorRule how indicators are classified against their plan
 * @param templates one per kind
 */
public record ReportTemplates(
    Numbering numbering,
    int signOffLeadWorkingDays,
    int submissionLeadWorkingDays,
    int responseLeadWorkingDays,
    int reminderWorkingDaysBefore,
    int cutOffWorkingDaysAfter,
    List<String> recipients,
    IndicatorRuleSettings indicatorRule,
    List<ReportTemplate> templates) {

  /**
   * The indicator rule as the data file writes it.
   *
   * @param defaultTolerancePercent the band around the plan, in percentage points, still counted as
   *     met when an indicator gives none
   */
  public record IndicatorRuleSettings(double defaultTolerancePercent) {
    public IndicatorRule rule() {
      return new IndicatorRule(defaultTolerancePercent);
    }
  }

  /** The numbering series ("BC-UBND"). */
  public record Numbering(String series) {}

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  public static ReportTemplates read(InputStream in, String origin) {
    try {
      ReportTemplates read = YAML.readValue(in, ReportTemplates.class);
      List<ReportTemplate> resolved =
          read.templates().stream()
              .map(
                  t ->
                      t.sections() != null
                          ? t
                          : t.withSections(read.template(t.sectionsFrom()).sections()))
              .toList();
      ReportTemplates templates =
          new ReportTemplates(
              read.numbering(),
              read.signOffLeadWorkingDays(),
              read.submissionLeadWorkingDays(),
              read.responseLeadWorkingDays(),
              read.reminderWorkingDaysBefore(),
              read.cutOffWorkingDaysAfter(),
              read.recipients(),
              read.indicatorRule(),
              resolved);
      if (templates.indicatorRule() == null) {
        throw new IllegalArgumentException(origin + ": indicatorRule is missing");
      }
      templates.indicatorRule().rule();
      for (ReportKind kind : ReportKind.values()) {
        if (templates.template(kind).sections() == null
            || templates.template(kind).sections().isEmpty()) {
          throw new IllegalArgumentException(
              origin + ": the " + kind + " template has no sections");
        }
      }
      return templates;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the report templates " + origin + ": " + e.getMessage(), e);
    }
  }

  public ReportTemplate template(ReportKind kind) {
    return templates.stream()
        .filter(t -> t.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no report template for kind " + kind));
  }
}
