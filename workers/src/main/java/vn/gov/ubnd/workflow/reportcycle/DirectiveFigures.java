package vn.gov.ubnd.workflow.reportcycle;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.directives.DirectiveStatisticsSource;

/** The directives assigned in the period and where they stand: the statistics' sentence. */
@Component
class DirectiveFigures implements ReportFigures {

  private final DirectiveStatisticsSource directives;

  DirectiveFigures(DirectiveStatisticsSource directives) {
    this.directives = directives;
  }

  @Override
  public TemplateSection.Source source() {
    return TemplateSection.Source.DIRECTIVES;
  }

  @Override
  public String text(ReportingPeriod period, LocalDate asOf, boolean detailsInFootnotes) {
    return directives.statistics(period.from(), period.to(), asOf, 0).summary().sentence();
  }
}
