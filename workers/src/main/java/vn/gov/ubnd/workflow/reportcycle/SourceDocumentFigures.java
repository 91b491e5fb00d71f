package vn.gov.ubnd.workflow.reportcycle;

import static vn.gov.ubnd.workflow.input.OfficeInput.vn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.directives.DirectiveStatistics;
import vn.gov.ubnd.workflow.directives.RegisteredSource;
import vn.gov.ubnd.workflow.directives.Shares;
import vn.gov.ubnd.workflow.directives.SourceDocument;
import vn.gov.ubnd.workflow.directives.SourceDocumentStore;
import vn.gov.ubnd.workflow.directives.SourceKind;
import vn.gov.ubnd.workflow.directives.SourceProgress;
import vn.gov.ubnd.workflow.directives.SourceProgressSource;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * How the Council's resolutions, the programmes and plans and the Government's documents were
 * carried out in the period, from the register: the tasks they gave, done, in progress and overdue
 * with shares that add up, then document by document (in the body, or in a footnote).
 */
@Component
class SourceDocumentFigures implements ReportFigures {

  /** The kinds the section "triển khai thực hiện các Nghị quyết …" reports on. */
  static final List<SourceKind> KINDS =
      List.of(
          SourceKind.COUNCIL_RESOLUTION,
          SourceKind.PROGRAMME_OR_PLAN,
          SourceKind.CENTRAL_GOVERNMENT,
          SourceKind.DIRECTIVE);

  /** More documents than a year's council resolutions and programmes. */
  static final int MAX_DOCUMENTS = 500;

  private final SourceProgressSource progress;
  private final SourceDocumentStore register;

  SourceDocumentFigures(SourceProgressSource progress, SourceDocumentStore register) {
    this.progress = progress;
    this.register = register;
  }

  @Override
  public TemplateSection.Source source() {
    return TemplateSection.Source.SOURCE_DOCUMENTS;
  }

  @Override
  public String text(ReportingPeriod period, LocalDate asOf, boolean detailsInFootnotes) {
    List<SourceProgress> documents =
        progress.progressOfPeriod(period.from(), period.to(), asOf, KINDS, MAX_DOCUMENTS);
    Map<String, RegisteredSource> registered =
        register.findAll(documents.stream().map(SourceProgress::number).toList());
    return text(documents, registered, detailsInFootnotes);
  }

  static String text(
      List<SourceProgress> documents,
      Map<String, RegisteredSource> registered,
      boolean detailsInFootnotes) {
    if (documents.isEmpty()) {
      return "Trong kỳ, sổ theo dõi chưa ghi nhiệm vụ nào giao theo nghị quyết của HĐND tỉnh,"
          + " chương trình, kế hoạch hay văn bản của Trung ương.";
    }
    int assigned = 0;
    int withdrawn = 0;
    int done = 0;
    int open = 0;
    int overdue = 0;
    List<String> lines = new ArrayList<>();
    for (SourceProgress p : documents) {
      assigned += p.assigned();
      withdrawn += p.withdrawn();
      done += p.completedOnTime() + p.completedLate();
      open += p.inProgress();
      overdue += p.overdue();
      lines.add(line(p, registered.get(p.number())));
    }
    int base = assigned - withdrawn;
    List<DirectiveStatistics.Share> shares = Shares.of(base, done, open, overdue);
    StringBuilder text =
        new StringBuilder("Để triển khai ")
            .append(documents.size())
            .append(" nghị quyết, chương trình, kế hoạch và văn bản chỉ đạo, UBND tỉnh đã giao ")
            .append(assigned)
            .append(" nhiệm vụ");
    if (withdrawn > 0) {
      text.append(" (").append(withdrawn).append(" nhiệm vụ thôi không thực hiện)");
    }
    text.append(": ")
        .append(done)
        .append('/')
        .append(base)
        .append(" nhiệm vụ đã hoàn thành (")
        .append(shares.get(0).percentText())
        .append("), ")
        .append(open)
        .append(" nhiệm vụ đang thực hiện (chiếm ")
        .append(shares.get(1).percentText())
        .append("), ")
        .append(overdue)
        .append(" nhiệm vụ quá hạn (chiếm ")
        .append(shares.get(2).percentText())
        .append(").");
    if (detailsInFootnotes) {
      text.append("^[").append(String.join("; ", lines)).append(".]");
      return text.toString();
    }
    return text + "\n" + String.join("\n", lines.stream().map(l -> "- " + l + ";").toList());
  }

  /**
   * "Nghị quyết số 12/NQ-HĐND ngày 05/03/2026 của HĐND tỉnh về …: giao 8 nhiệm vụ, đã hoàn thành 5,
   * đang thực hiện 2, quá hạn 1".
   */
  static String line(SourceProgress p, RegisteredSource registered) {
    SourceDocument d = registered == null ? null : registered.document();
    StringBuilder line = new StringBuilder();
    line.append(name(d == null ? null : d.kind(), p.number())).append(" số ").append(p.number());
    if (d != null && d.date() != null) {
      line.append(" ngày ").append(vn(d.date()));
    }
    if (d != null && d.issuer() != null && !d.issuer().isBlank()) {
      line.append(" của ").append(d.issuer().trim());
    }
    if (d != null && d.title() != null && !d.title().isBlank()) {
      String title = d.title().trim();
      line.append(title.toLowerCase(Locale.ROOT).startsWith("về ") ? " " : " về ").append(title);
    }
    return line.append(": giao ")
        .append(p.assigned())
        .append(" nhiệm vụ, đã hoàn thành ")
        .append(p.completedOnTime() + p.completedLate())
        .append(", đang thực hiện ")
        .append(p.inProgress())
        .append(", quá hạn ")
        .append(p.overdue())
        .append(p.withdrawn() > 0 ? ", thôi không thực hiện " + p.withdrawn() : "")
        .toString();
  }

  /** The document's kind as the sentence names it, from its symbol where the kind is wide. */
  static String name(SourceKind kind, String number) {
    String symbol = OfficeInput.folded(number).replace(" ", "");
    symbol = symbol.substring(symbol.indexOf('/') + 1).replaceFirst("^\\d{4}/", "");
    if (symbol.startsWith("nq")) {
      return "Nghị quyết";
    }
    if (symbol.startsWith("ctr")) {
      return "Chương trình";
    }
    if (symbol.startsWith("kh")) {
      return "Kế hoạch";
    }
    if (symbol.startsWith("qd")) {
      return "Quyết định";
    }
    if (symbol.startsWith("ct")) {
      return "Chỉ thị";
    }
    return kind == SourceKind.MEETING_CONCLUSIONS ? "Thông báo kết luận" : "Văn bản";
  }
}
