package vn.gov.ubnd.workflow.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.directives.AgencyFigures;
import vn.gov.ubnd.workflow.directives.AgencyRanking;
import vn.gov.ubnd.workflow.directives.DirectiveStatistics;
import vn.gov.ubnd.workflow.directives.DirectiveStatistics.GroupCounts;
import vn.gov.ubnd.workflow.directives.DirectiveStatistics.OverdueDirective;
import vn.gov.ubnd.workflow.directives.RankingKey;
import vn.gov.ubnd.workflow.documents.WorkbookXml;

/**
 * The dashboard's export keeps what people typed as text: a title, an agency or a scope beginning
 * with =, +, -, @, a tab or a carriage return carries Excel's quote prefix, read in the workbook's
 * XML.
 */
class DashboardWorkbookTest {

  @Test
  void textThatLooksLikeAFormulaIsQuoted() throws Exception {
    List<String> typed =
        List.of(
            "=HYPERLINK(\"http://x.example\";\"Bấm vào\")",
            "+84 251 3822 000",
            "-1+1",
            "@SUM(A1)",
            "\tthụt đầu dòng",
            "\rxuống dòng");
    List<OverdueDirective> overdue =
        typed.stream()
            .map(t -> new OverdueDirective("NV-1", t, "STC", t, "01/03/2026", 12, 2))
            .toList();
    DirectiveStatistics statistics =
        new DirectiveStatistics(
            "01/01/2026",
            "31/03/2026",
            "02/04/2026",
            6,
            0,
            0,
            0,
            0,
            6,
            0,
            new DirectiveStatistics.Summary(6, "6 nhiệm vụ", null, null, null, "=1+1 câu tóm tắt"),
            List.of(new GroupCounts("X", "=Cơ quan", 6, 0, 0, 6, 0)),
            List.of(new GroupCounts("Y", "+Lãnh đạo", 6, 0, 0, 6, 0)),
            overdue);
    byte[] workbook =
        DashboardWorkbook.of(
            new DashboardService.Dashboard(
                new DashboardScope(null, null, null, "-toàn tỉnh"),
                statistics,
                List.of(new DashboardService.Month("@03/2026", 6, 0, 0, 6, 0)),
                AgencyRanking.rank(
                    List.of(new AgencyFigures("X", "=Cơ quan", 6, 0, 0, 0, 6, 0, 30)),
                    List.of(RankingKey.ON_TIME_RATE),
                    1),
                List.of(),
                List.of()));

    assertThat(WorkbookXml.unquotedFormulaLikeCells(workbook)).isEmpty();
    // Quoted, not dropped: every typed title is in the overdue sheet as typed.
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      var sheet = book.getSheet("Quá hạn");
      for (int i = 0; i < typed.size(); i++) {
        assertThat(sheet.getRow(i + 1).getCell(1).getStringCellValue()).isEqualTo(typed.get(i));
      }
    }
  }
}
