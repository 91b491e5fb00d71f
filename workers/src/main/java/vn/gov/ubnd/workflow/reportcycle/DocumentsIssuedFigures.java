package vn.gov.ubnd.workflow.reportcycle;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.officedocuments.DocumentFlowText;
import vn.gov.ubnd.workflow.officedocuments.DocumentFlows;
import vn.gov.ubnd.workflow.officedocuments.DocumentKinds;

/** The documents issued by kind and received in the period, from the office's register. */
@Component
class DocumentsIssuedFigures implements ReportFigures {

  private final DocumentFlows register;
  private final DocumentFlowText text;

  DocumentsIssuedFigures(DocumentFlows register, DocumentKinds kinds) {
    this.register = register;
    this.text = new DocumentFlowText(kinds);
  }

  @Override
  public TemplateSection.Source source() {
    return TemplateSection.Source.DOCUMENTS_ISSUED;
  }

  @Override
  public String text(ReportingPeriod period, LocalDate asOf, boolean detailsInFootnotes) {
    LocalDate to = asOf.isBefore(period.to()) ? asOf : period.to();
    return text.councilSentence(register.flow(period.from(), to));
  }
}
