package vn.gov.ubnd.workflow.councilreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.CatalogFile;
import vn.gov.ubnd.workflow.council.CouncilItem;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.documents.ReportDocument;
import vn.gov.ubnd.workflow.documents.ReportTable;
import vn.gov.ubnd.workflow.testing.TestDirective;

/** The report on the questioning resolution: its counts, shares, pending list and appendix. */
class QuestioningReportComposerTest {

  private static final String SESSION = "Kỳ họp thứ 12, HĐND tỉnh khóa X";
  private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

  private Catalog catalog;
  private final List<Directive> commitments = new ArrayList<>();

  @BeforeEach
  void catalog() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/data/catalog.yaml")) {
      catalog = CatalogFile.read(in, "catalog.yaml");
    }
  }

  private TestDirective commitment(String official, String delegate, LocalDate deadline) {
    return TestDirective.of(String.format("CK-%03d", commitments.size() + 1))
        .title("Cam kết số " + (commitments.size() + 1))
        .agency("SYT", "Sở Y tế")
        .assignedOn(LocalDate.parse("2026-07-15"))
        .deadline(deadline)
        .councilItem(
            CouncilItem.registered(
                CouncilItemKind.COMMITMENT, SESSION, null, null, null, null, delegate, official));
  }

  @Test
  void theCommitmentsAreCountedByOutcomeAndOfficialWithSharesAddingUpTo100() {
    LocalDate past = LocalDate.parse("2026-11-01");
    commitments.add(
        commitment("Giám đốc Sở Y tế", "Đại biểu A", past).completedOn(past.minusDays(3)));
    commitments.add(
        commitment("Giám đốc Sở Y tế", "Đại biểu A", past).completedOn(past.plusDays(5)));
    commitments.add(commitment("Giám đốc Sở Y tế", "Đại biểu B", past).inProgress());
    commitments.add(
        commitment("Giám đốc Sở Xây dựng", "Đại biểu C", LocalDate.parse("2027-03-31"))
            .inProgress());
    commitments.add(commitment("Giám đốc Sở Xây dựng", "Đại biểu C", past).withdrawnOn(past));
    // Another session's commitment is not counted.
    commitments.add(
        TestDirective.of("CK-KHAC")
            .deadline(past)
            .councilItem(
                CouncilItem.registered(
                    CouncilItemKind.COMMITMENT, "Kỳ họp thứ 11", null, null, null, null, "X", "Y"))
            .inProgress());

    CommitmentFigures figures = CommitmentFigures.counted(commitments, SESSION, TODAY);
    assertThat(figures.count()).isEqualTo(5);
    assertThat(figures.delegates()).isEqualTo(3);
    assertThat(figures.byOfficial()).containsOnlyKeys("Giám đốc Sở Xây dựng", "Giám đốc Sở Y tế");

    QuestioningReportComposer composer = new QuestioningReportComposer(catalog);
    assertThat(composer.resultSentence(figures))
        .isEqualTo(
            "Trong 4 nội dung cam kết phải thực hiện: đã hoàn thành 2 nội dung, trong đó đúng hạn 1"
                + " (25,0%), quá hạn 1 (25,0%); đang thực hiện, còn hạn 1 (25,0%); chưa hoàn"
                + " thành, đã quá hạn 1 (25,0%). Có 1 nội dung không phải thực hiện.");
    ReportDocument draft =
        composer.draft(SESSION, figures, commitments.subList(0, 5), TODAY, "Nhận xét.");
    assertThat(draft.draft()).isTrue();
    assertThat(draft.summary())
        .isEqualTo(
            "Kết quả thực hiện Nghị quyết về hoạt động chất vấn và trả lời chất vấn tại "
                + SESSION);
    assertThat(draft.opening()).contains("đã cam kết 5 nội dung trả lời chất vấn của 3 đại biểu");
    assertThat(draft.sections())
        .extracting(s -> s.heading())
        .containsExactly(
            "I. KẾT QUẢ CHUNG",
            "II. KẾT QUẢ THEO NGƯỜI TRẢ LỜI CHẤT VẤN",
            "III. CÁC NỘI DUNG CAM KẾT CHƯA HOÀN THÀNH",
            "IV. ĐÁNH GIÁ CHUNG",
            "PHỤ LỤC: DANH MỤC NỘI DUNG CAM KẾT VÀ KẾT QUẢ THỰC HIỆN");
    assertThat(draft.sections().get(2).text())
        .isEqualTo(
            "- Cam kết số 3 (Giám đốc Sở Y tế; Sở Y tế chủ trì): thời hạn 01/11/2026, đã quá hạn;"
                + " chưa báo cáo tiến độ.\n"
                + "- Cam kết số 4 (Giám đốc Sở Xây dựng; Sở Y tế chủ trì): thời hạn 31/03/2027;"
                + " chưa báo cáo tiến độ.");
    ReportTable byOfficial = draft.sections().get(1).tables().get(0);
    assertThat(byOfficial.rows())
        .containsExactly(
            List.of("Giám đốc Sở Xây dựng", "2", "0", "1", "0"),
            List.of("Giám đốc Sở Y tế", "3", "2", "0", "1"));
    ReportTable appendix = draft.sections().get(4).tables().get(0);
    assertThat(appendix.rows()).hasSize(5);
    assertThat(appendix.rows().get(1))
        .containsExactly(
            "2",
            "Cam kết số 2",
            "Đại biểu A",
            "Giám đốc Sở Y tế",
            "Sở Y tế",
            "01/11/2026",
            "Đã hoàn thành nhưng quá hạn");
  }
}
