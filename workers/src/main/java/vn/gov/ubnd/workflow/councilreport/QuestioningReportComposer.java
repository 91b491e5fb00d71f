package vn.gov.ubnd.workflow.councilreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.DirectiveStatistics;
import vn.gov.ubnd.workflow.directives.Shares;
import vn.gov.ubnd.workflow.documents.ReportDocument;
import vn.gov.ubnd.workflow.documents.ReportSection;
import vn.gov.ubnd.workflow.documents.ReportTable;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * The draft of the committee's report on carrying out the Council's resolution on questioning: the
 * commitments the answering officials made at a session counted by outcome (with shares adding up
 * to 100,0%) and by official, those not done yet with their progress, and an appendix of every
 * commitment with its result. A draft: no number, no date.
 */
final class QuestioningReportComposer {

  private static final List<CommitmentOutcome> COUNTED =
      List.of(
          CommitmentOutcome.DONE_ON_TIME,
          CommitmentOutcome.DONE_LATE,
          CommitmentOutcome.IN_PROGRESS,
          CommitmentOutcome.OVERDUE);

  private final Catalog catalog;

  public QuestioningReportComposer(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The report's draft.
   *
   * @param commitments every commitment of the session, in the order the appendix lists them
   * @param assessment the office's general assessment, printed as its own part when written
   */
  public ReportDocument draft(
      String session,
      CommitmentFigures figures,
      List<Directive> commitments,
      LocalDate today,
      String assessment) {
    List<ReportSection> sections = new ArrayList<>();
    sections.add(
        new ReportSection(
            "I",
            "KẾT QUẢ CHUNG",
            resultSentence(figures),
            List.of(),
            List.of(outcomeTable(figures)),
            List.of()));
    sections.add(
        new ReportSection(
            "II",
            "KẾT QUẢ THEO NGƯỜI TRẢ LỜI CHẤT VẤN",
            "",
            List.of(),
            List.of(officialTable(figures.byOfficial())),
            List.of()));
    sections.add(
        new ReportSection(
            "III",
            "CÁC NỘI DUNG CAM KẾT CHƯA HOÀN THÀNH",
            pendingText(commitments, today),
            List.of()));
    if (assessment != null && !assessment.isBlank()) {
      sections.add(new ReportSection("IV", "ĐÁNH GIÁ CHUNG", assessment.strip(), List.of()));
    }
    sections.add(
        new ReportSection(
            "",
            "PHỤ LỤC: DANH MỤC NỘI DUNG CAM KẾT VÀ KẾT QUẢ THỰC HIỆN",
            "",
            List.of(),
            List.of(appendix(commitments, today)),
            List.of()));
    return CouncilReportKind.QUESTIONING.draft(
        catalog.province(),
        session,
        openingSentence(session, figures),
        sections,
        "Trên đây là báo cáo kết quả thực hiện Nghị quyết về hoạt động chất vấn và trả lời chất vấn"
            + " tại "
            + session
            + " của Ủy ban nhân dân tỉnh./.");
  }

  String openingSentence(String session, CommitmentFigures figures) {
    return "Thực hiện Nghị quyết của HĐND tỉnh về hoạt động chất vấn và trả lời chất vấn tại "
        + session
        + ", thành viên UBND tỉnh và thủ trưởng các cơ quan trả lời chất vấn đã cam kết "
        + OfficeInput.thousands(figures.count())
        + " nội dung trả lời chất vấn của "
        + OfficeInput.thousands(figures.delegates())
        + " đại biểu HĐND tỉnh. UBND tỉnh báo cáo kết quả thực hiện như sau:";
  }

  /** The shares of the commitments to carry out (the withdrawn left out), then the overdue. */
  String resultSentence(CommitmentFigures figures) {
    int base = figures.count() - figures.count(CommitmentOutcome.WITHDRAWN);
    int[] counts = new int[COUNTED.size()];
    for (int i = 0; i < COUNTED.size(); i++) {
      counts[i] = figures.count(COUNTED.get(i));
    }
    List<DirectiveStatistics.Share> shares = Shares.of(base, counts);
    int done = counts[0] + counts[1];
    return "Trong "
        + OfficeInput.thousands(base)
        + " nội dung cam kết phải thực hiện: đã hoàn thành "
        + OfficeInput.thousands(done)
        + " nội dung, trong đó đúng hạn "
        + OfficeInput.thousands(counts[0])
        + " ("
        + shares.get(0).percentText()
        + "), quá hạn "
        + OfficeInput.thousands(counts[1])
        + " ("
        + shares.get(1).percentText()
        + "); đang thực hiện, còn hạn "
        + OfficeInput.thousands(counts[2])
        + " ("
        + shares.get(2).percentText()
        + "); chưa hoàn thành, đã quá hạn "
        + OfficeInput.thousands(counts[3])
        + " ("
        + shares.get(3).percentText()
        + ")."
        + (figures.count(CommitmentOutcome.WITHDRAWN) > 0
            ? " Có "
                + OfficeInput.thousands(figures.count(CommitmentOutcome.WITHDRAWN))
                + " nội dung không phải thực hiện."
            : "");
  }

  private static ReportTable outcomeTable(CommitmentFigures figures) {
    List<List<String>> rows = new ArrayList<>();
    for (CommitmentOutcome outcome : CommitmentOutcome.values()) {
      rows.add(List.of(outcome.label(), OfficeInput.thousands(figures.count(outcome))));
    }
    rows.add(List.of("Tổng số", OfficeInput.thousands(figures.count())));
    return new ReportTable(List.of("Kết quả", "Số nội dung"), rows, List.of(70, 30));
  }

  private static ReportTable officialTable(
      Map<String, Map<CommitmentOutcome, Integer>> byOfficial) {
    List<List<String>> rows = new ArrayList<>();
    byOfficial.forEach(
        (official, c) ->
            rows.add(
                List.of(
                    official,
                    OfficeInput.thousands(c.values().stream().mapToInt(Integer::intValue).sum()),
                    OfficeInput.thousands(
                        c.get(CommitmentOutcome.DONE_ON_TIME) + c.get(CommitmentOutcome.DONE_LATE)),
                    OfficeInput.thousands(c.get(CommitmentOutcome.IN_PROGRESS)),
                    OfficeInput.thousands(c.get(CommitmentOutcome.OVERDUE)))));
    return new ReportTable(
        List.of(
            "Người trả lời chất vấn", "Số cam kết", "Đã hoàn thành", "Đang thực hiện", "Quá hạn"),
        rows,
        List.of(40, 15, 15, 15, 15));
  }

  private static String pendingText(List<Directive> commitments, LocalDate today) {
    List<String> lines = new ArrayList<>();
    for (Directive c : commitments) {
      CommitmentOutcome outcome = CommitmentOutcome.of(c, today);
      if (outcome == CommitmentOutcome.IN_PROGRESS || outcome == CommitmentOutcome.OVERDUE) {
        lines.add(
            "- "
                + c.title()
                + " ("
                + official(c)
                + "; "
                + c.leadAgencyName()
                + " chủ trì): thời hạn "
                + OfficeInput.vn(c.deadline())
                + (outcome == CommitmentOutcome.OVERDUE ? ", đã quá hạn" : "")
                + "; "
                + (c.lastProgress() == null || c.lastProgress().isBlank()
                    ? "chưa báo cáo tiến độ"
                    : c.lastProgress().strip())
                + ".");
      }
    }
    return lines.isEmpty() ? "Các nội dung cam kết đều đã hoàn thành." : String.join("\n", lines);
  }

  private static ReportTable appendix(List<Directive> commitments, LocalDate today) {
    List<List<String>> rows = new ArrayList<>();
    int n = 0;
    for (Directive c : commitments) {
      CommitmentOutcome outcome = CommitmentOutcome.of(c, today);
      String delegate = c.councilItem().delegate();
      rows.add(
          List.of(
              Integer.toString(++n),
              c.title(),
              delegate == null ? "" : delegate,
              official(c),
              c.leadAgencyName(),
              OfficeInput.vn(c.deadline()),
              outcome.label()
                  + (outcome.done() && c.result() != null && !c.result().isBlank()
                      ? ": " + c.result().strip()
                      : "")));
    }
    return new ReportTable(
        List.of(
            "STT",
            "Nội dung cam kết",
            "Đại biểu chất vấn",
            "Người trả lời",
            "Cơ quan chủ trì",
            "Thời hạn",
            "Kết quả thực hiện"),
        rows,
        List.of(5, 27, 12, 13, 13, 10, 20));
  }

  private static String official(Directive c) {
    String official = c.councilItem().answeringOfficial();
    return official == null || official.isBlank() ? "(chưa ghi người trả lời)" : official;
  }
}
