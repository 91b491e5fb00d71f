package vn.gov.ubnd.workflow.councilreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.CatalogFile;
import vn.gov.ubnd.workflow.council.AnswerCategory;
import vn.gov.ubnd.workflow.council.CouncilItem;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.council.RoundTiming;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.documents.DocxReportWriter;
import vn.gov.ubnd.workflow.documents.ReportDocument;
import vn.gov.ubnd.workflow.testing.TestDirective;

/** The draft answer report of a session: its sentences, tables and appendix from the figures. */
class PetitionReportComposerTest {

  private static final String SESSION = "Kỳ họp thứ 12, HĐND tỉnh khóa X";
  private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

  private Catalog catalog;
  private final List<Directive> petitions = new ArrayList<>();

  @BeforeEach
  void catalog() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/data/catalog.yaml")) {
      catalog = CatalogFile.read(in, "catalog.yaml");
    }
  }

  private void petition(String field, String fieldName, AnswerCategory answer, LocalDate due) {
    CouncilItem item =
        CouncilItem.registered(
            CouncilItemKind.PETITION,
            SESSION,
            RoundTiming.AFTER_SESSION,
            "Xã Thiện Tân",
            field,
            fieldName,
            null,
            null);
    TestDirective d =
        TestDirective.of(String.format("KN-%03d", petitions.size() + 1))
            .title("Kiến nghị số " + (petitions.size() + 1))
            .agency("SXD", "Sở Xây dựng")
            .assignedOn(LocalDate.parse("2026-09-01"))
            .deadline(due);
    if (answer == AnswerCategory.IN_PROGRESS) {
      petitions.add(
          d.councilItem(item.carriedOver("Thi công quý II năm 2027", LocalDate.parse("2027-06-30")))
              .inState("P", null));
    } else if (answer != null) {
      petitions.add(d.councilItem(item.answered(answer)).inState("C", TODAY.minusDays(20)));
    } else {
      petitions.add(d.councilItem(item).inState("P", null));
    }
  }

  @Test
  void theDraftCountsTheSessionsPetitionsAsTheFiguresAndListsEachWithItsAnswer() throws Exception {
    LocalDate due = LocalDate.parse("2026-11-15");
    for (int i = 0; i < 3; i++) {
      petition("KTNS", "Kinh tế - Ngân sách", AnswerCategory.RESOLVED, due);
    }
    petition("KTNS", "Kinh tế - Ngân sách", AnswerCategory.IN_PROGRESS, due);
    petition("VHXH", "Văn hóa - Xã hội", AnswerCategory.EXPLAINED, due);
    petition("VHXH", "Văn hóa - Xã hội", AnswerCategory.NOT_RESOLVABLE, due);
    petition("PC", "Pháp chế", null, due);
    PetitionFigures figures = PetitionFigures.counted(petitions, SESSION, TODAY);
    PetitionReportComposer composer = new PetitionReportComposer(catalog);

    ReportDocument draft = composer.draft(SESSION, figures, petitions, "");

    assertThat(draft.draft()).isTrue();
    assertThat(draft.opening())
        .isEqualTo(
            "Trước và sau "
                + SESSION
                + ", Thường trực HĐND tỉnh đã chuyển 7 ý kiến, kiến nghị của cử tri đến UBND tỉnh"
                + " (lĩnh vực kinh tế - ngân sách 4; lĩnh vực pháp chế 1; lĩnh vực văn hóa - xã hội"
                + " 2). UBND tỉnh đã giao các cơ quan chủ trì giải quyết, trả lời; kết quả như sau:");
    assertThat(draft.sections().get(0).text())
        .isEqualTo(
            "Trong 7 kiến nghị phải giải quyết: đã giải quyết xong 3 kiến nghị (42,8%); đang giải"
                + " quyết 1 kiến nghị (14,3%); đã giải trình, cung cấp thông tin 1 kiến nghị"
                + " (14,3%); chưa giải quyết được 1 kiến nghị (14,3%); chưa trả lời 1 kiến nghị (14,3%),"
                + " trong đó 1 kiến nghị đã quá hạn trả lời. Có 1 kiến nghị đã chuyển kỳ, được"
                + " theo dõi theo lộ trình.");
    assertThat(draft.sections().get(1).tables().get(0).rows())
        .extracting(row -> row.get(0) + "=" + row.get(1))
        .containsExactly("Kinh tế - Ngân sách=4", "Pháp chế=1", "Văn hóa - Xã hội=2");
    assertThat(draft.sections().get(3).text())
        .isEqualTo(
            "- Kiến nghị số 4 (Sở Xây dựng): Thi công quý II năm 2027, thời hạn 30/06/2027.");
    assertThat(draft.sections().get(4).tables().get(0).rows()).hasSize(7);

    byte[] docx = new DocxReportWriter().write(draft);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText())
          .contains("DỰ THẢO")
          .contains("Kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri trước và sau")
          .contains("PHỤ LỤC: DANH MỤC KIẾN NGHỊ VÀ KẾT QUẢ TRẢ LỜI")
          .contains("Chưa trả lời");
    }
  }
}
