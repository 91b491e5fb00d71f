package vn.gov.ubnd.workflow.councilreport;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.documents.DocxReportWriter;

/** The draft answer report of a session as a .docx, from the index's figures and petitions. */
@Service
public class PetitionReports {

  private final SessionItems items;
  private final PetitionReportComposer composer;
  private final Clock clock;

  public PetitionReports(SessionItems items, Catalog catalog, Clock clock) {
    this.items = items;
    this.composer = new PetitionReportComposer(catalog);
    this.clock = clock;
  }

  public byte[] draft(String session) {
    PetitionFigures counted = items.petitionFigures(session, LocalDate.now(clock));
    return new DocxReportWriter()
        .write(
            composer.draft(session, counted, items.items(CouncilItemKind.PETITION, session), ""));
  }
}
