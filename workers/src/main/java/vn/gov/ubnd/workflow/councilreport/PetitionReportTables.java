package vn.gov.ubnd.workflow.councilreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.documents.ReportTable;
import vn.gov.ubnd.workflow.input.OfficeInput;

/** The tables of the answer report: by result, by group (field, agency), every petition. */
final class PetitionReportTables {

  private PetitionReportTables() {}

  static ReportTable outcomeTable(PetitionFigures figures) {
    List<String> header = new ArrayList<>(List.of("Kết quả"));
    header.add("Số kiến nghị");
    List<List<String>> rows = new ArrayList<>();
    for (PetitionOutcome outcome : PetitionOutcome.values()) {
      rows.add(List.of(outcome.label(), OfficeInput.thousands(figures.total().get(outcome))));
    }
    rows.add(List.of("Tổng số", OfficeInput.thousands(figures.count())));
    return new ReportTable(header, rows, List.of(70, 30));
  }

  static ReportTable groupTable(
      String heading,
      Map<String, Map<PetitionOutcome, Integer>> groups,
      Function<String, String> name) {
    List<String> header =
        List.of(
            heading,
            "Tổng số",
            "Đã giải quyết xong",
            "Đang giải quyết",
            "Đã giải trình",
            "Chưa giải quyết được",
            "Chưa trả lời");
    List<List<String>> rows = new ArrayList<>();
    groups.forEach(
        (code, c) ->
            rows.add(
                List.of(
                    name.apply(code),
                    OfficeInput.thousands(sum(c)),
                    OfficeInput.thousands(c.get(PetitionOutcome.RESOLVED)),
                    OfficeInput.thousands(c.get(PetitionOutcome.IN_PROGRESS)),
                    OfficeInput.thousands(c.get(PetitionOutcome.EXPLAINED)),
                    OfficeInput.thousands(c.get(PetitionOutcome.NOT_RESOLVABLE)),
                    OfficeInput.thousands(
                        c.get(PetitionOutcome.UNANSWERED)
                            + c.get(PetitionOutcome.UNANSWERED_OVERDUE)))));
    return new ReportTable(header, rows, List.of(28, 12, 12, 12, 12, 12, 12));
  }

  static ReportTable appendix(List<Directive> petitions) {
    List<List<String>> rows = new ArrayList<>();
    int n = 0;
    for (Directive p : petitions) {
      var item = p.councilItem();
      rows.add(
          List.of(
              Integer.toString(++n),
              p.title(),
              item.voterLocality() == null ? "" : item.voterLocality(),
              item.councilFieldName() == null ? "" : item.councilFieldName(),
              p.leadAgencyName(),
              item.answerCategory() == null ? "Chưa trả lời" : item.answerCategory().label(),
              p.result() != null ? p.result() : p.lastProgress() == null ? "" : p.lastProgress()));
    }
    return new ReportTable(
        List.of(
            "STT",
            "Nội dung kiến nghị",
            "Cử tri",
            "Lĩnh vực",
            "Cơ quan chủ trì",
            "Kết quả",
            "Nội dung trả lời"),
        rows,
        List.of(5, 27, 10, 10, 13, 10, 25));
  }

  private static int sum(Map<PetitionOutcome, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
