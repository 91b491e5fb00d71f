package vn.gov.ubnd.workflow.monthlyreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.catalog.Province;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.RankingKey;
import vn.gov.ubnd.workflow.directives.RankingProperties;
import vn.gov.ubnd.workflow.directives.SourceDocument;
import vn.gov.ubnd.workflow.documents.DocxReportWriter;
import vn.gov.ubnd.workflow.documents.RegisterEntry;
import vn.gov.ubnd.workflow.officedocuments.DocumentDirection;
import vn.gov.ubnd.workflow.officedocuments.DocumentKinds;
import vn.gov.ubnd.workflow.officedocuments.OfficeDocument;
import vn.gov.ubnd.workflow.testing.CalculatedAgencyFigures;
import vn.gov.ubnd.workflow.testing.CalculatedDirectiveStatistics;
import vn.gov.ubnd.workflow.testing.InMemoryDirectiveStore;
import vn.gov.ubnd.workflow.testing.InMemoryDocuments;
import vn.gov.ubnd.workflow.testing.InMemoryOfficeDocuments;
import vn.gov.ubnd.workflow.testing.TestDirective;

/**
 * The draft's numbers and the .docx, from directives counted by the calculator (the oracle the
 * index's aggregations are tested against): the month of seed 004 with 912 directives.
 */
class MonthlyReportDraftTest {

  private static final YearMonth APRIL = YearMonth.of(2022, 4);
  private static final LocalDate DUE = LocalDate.of(2022, 4, 1);

  private final InMemoryDirectiveStore store = new InMemoryDirectiveStore();
  private final InMemoryDocuments register = new InMemoryDocuments();
  private final MonthlyReportProperties properties =
      new MonthlyReportProperties(
          14, 15, 12, "BC-VP", 3, 500, 12, List.of("Lĩnh vực kinh tế:"), List.of("Lưu: VT, TH."));
  private final ReportingMonths months = new ReportingMonths(properties);
  private MonthlyFigures figures;
  private int seq;

  static final DocumentKinds KINDS = kinds();

  private static DocumentKinds kinds() {
    try (var in = MonthlyReportDraftTest.class.getResourceAsStream("/data/document-kinds.yaml")) {
      return DocumentKinds.read(in, "document-kinds.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final InMemoryOfficeDocuments documents = new InMemoryOfficeDocuments();

  /** The office's register around April: a kind, a book and a day per document. */
  private final List<OfficeDocument> registerLines = new ArrayList<>();

  private Directive directive(
      String agency,
      Directive.Status status,
      LocalDate closedOn,
      boolean programme,
      boolean central) {
    return directive(agency, status, closedOn, programme, central, DUE);
  }

  private Directive directive(
      String agency,
      Directive.Status status,
      LocalDate closedOn,
      boolean programme,
      boolean central,
      LocalDate deadline) {
    seq++;
    TestDirective d =
        TestDirective.of(String.format("NV-%04d", seq))
            .title("Nhiệm vụ số " + seq)
            .agency(agency, "Sở " + agency)
            .assignedOn(LocalDate.of(2022, 3, 20))
            .deadline(deadline)
            .workProgramme(programme)
            .centralGovernment(central)
            .escalationLevel(status == Directive.Status.IN_PROGRESS ? 2 : 0);
    if (central) { // the seed's 30 tasks in 16 documents of the Government
      d.source(
          new SourceDocument((seq % 16 + 1) + "/NQ-CP", LocalDate.of(2021, 12, 1), "Chính phủ"));
    }
    return switch (status) {
      case COMPLETED -> d.completedOn(closedOn);
      case WITHDRAWN -> d.withdrawnOn(closedOn);
      case IN_PROGRESS -> d.inProgress();
    };
  }

  @BeforeEach
  void aMonthOf912Directives() {
    // 571 completed (40 of them programme items, 8 central), 90 in progress (deadline ahead), 251
    // overdue, and 2 withdrawn programme items outside the base.
    for (int i = 0; i < 571; i++) {
      store.create(
          directive("STC", Directive.Status.COMPLETED, LocalDate.of(2022, 3, 30), i < 40, i < 8));
    }
    for (int i = 0; i < 90; i++) {
      store.create(
          directive(
              "SXD",
              Directive.Status.IN_PROGRESS,
              null,
              i < 20,
              i < 22,
              LocalDate.of(2022, 5, 20)));
    }
    for (int i = 0; i < 251; i++) {
      store.create(
          directive(i < 200 ? "SYT" : "SCT", Directive.Status.IN_PROGRESS, null, false, false));
    }
    for (int i = 0; i < 2; i++) {
      store.create(
          directive("STC", Directive.Status.WITHDRAWN, LocalDate.of(2022, 4, 2), true, false));
    }
    register.claim(
        new RegisterEntry(
            "BC-UBND", 2022, 7, "cycle-1", LocalDate.of(2022, 4, 5), "Báo cáo tình hình quý I"));
    register.claim(
        new RegisterEntry("BC-VP", 2022, 3, "m-3", LocalDate.of(2022, 3, 10), "Tháng trước kỳ"));
    Random random = new Random(4);
    String[] kinds = {
      "DECISION", "OFFICIAL_LETTER", "PLAN", "REPORT", "INVITATION", "LEGAL_NORMATIVE"
    };
    for (int i = 0; i < 300; i++) {
      LocalDate day = LocalDate.of(2022, 3, 1).plusDays(random.nextInt(61));
      boolean incoming = random.nextInt(3) == 0;
      var line =
          new OfficeDocument(
              incoming ? DocumentDirection.INCOMING : DocumentDirection.OUTGOING,
              i + "/X",
              kinds[random.nextInt(kinds.length)],
              day,
              incoming ? day : null,
              day,
              null,
              null,
              null,
              null,
              null);
      registerLines.add(line);
      documents.add(line);
    }
    MonthlyFiguresCollector collector =
        new MonthlyFiguresCollector(
            new CalculatedDirectiveStatistics(store, new WorkingDayCalendar(List.of())),
            register,
            properties,
            new CalculatedAgencyFigures(store, new WorkingDayCalendar(List.of())),
            new RankingProperties(List.of(RankingKey.ON_TIME_RATE, RankingKey.OVERDUE_NOW), 1),
            documents,
            KINDS);
    figures = collector.collect(months.period(APRIL), LocalDate.of(2022, 4, 28));
  }

  @Test
  void theMonthAndTheYearPrint626And99And275PercentWhichAddUpTo100() {
    assertThat(figures.asOf()).isEqualTo("2022-04-14");
    MonthlyFigures.Counts month = figures.monthCounts();
    assertThat(month.assigned()).isEqualTo(914);
    assertThat(month.withdrawn()).isEqualTo(2);
    assertThat(month.base()).isEqualTo(912);
    assertThat(List.of(month.done(), month.inProgress(), month.overdue()))
        .containsExactly(571, 90, 251);
    assertThat(List.of(month.donePercent(), month.inProgressPercent(), month.overduePercent()))
        .containsExactly("62,6%", "9,9%", "27,5%");
    assertThat(MonthlyFiguresText.yearSentence(figures))
        .startsWith("Trong 4 tháng đầu năm 2022 (từ ngày 15/12/2021 đến ngày 14/04/2022)")
        .contains(
            "có 571 nhiệm vụ đã hoàn thành (đạt 62,6%); 90 nhiệm vụ đang thực hiện (chiếm 9,9%);"
                + " 251 nhiệm vụ quá hạn (chiếm 27,5%).");
  }

  /** Seed E: "tiếp nhận và xử lý N văn bản đến; ban hành N văn bản đi, trong đó …". */
  @Test
  void theMonthsDocumentsAreCountedFromTheOfficesRegister() {
    LocalDate from = LocalDate.of(2022, 3, 15);
    LocalDate to = LocalDate.of(2022, 4, 14);
    Map<String, Integer> issued = new HashMap<>();
    int received = 0;
    int allIssued = 0;
    for (var line : registerLines) {
      if (line.countedOn().isBefore(from) || line.countedOn().isAfter(to)) {
        continue;
      }
      if (line.receivedOn() != null) {
        received++;
      } else {
        allIssued++;
        issued.merge(line.kind(), 1, Integer::sum);
      }
    }
    int others = issued.getOrDefault("INVITATION", 0);
    assertThat(figures.documentFlowText())
        .isEqualTo(
            "Trong tháng, Văn phòng đã tiếp nhận và xử lý "
                + received
                + " văn bản đến; tham mưu UBND tỉnh, Chủ tịch UBND tỉnh ban hành "
                + allIssued
                + " văn bản đi, trong đó "
                + issued.get("LEGAL_NORMATIVE")
                + " văn bản quy phạm pháp luật, "
                + issued.get("DECISION")
                + " quyết định, "
                + issued.get("PLAN")
                + " kế hoạch, "
                + issued.get("REPORT")
                + " báo cáo, "
                + issued.get("OFFICIAL_LETTER")
                + " công văn và "
                + others
                + " văn bản khác.");
    assertThat(MonthlyFiguresText.documentsText(figures)).startsWith(figures.documentFlowText());
  }

  @Test
  void theWorkProgrammeLeavesItsWithdrawnTasksOutOfTheBase() {
    assertThat(MonthlyFiguresText.programmeText(figures))
        .isEqualTo(
            "Chương trình công tác tháng 4/2022 có tổng số 62 nhiệm vụ. Trong đó có: 02 nhiệm vụ"
                + " thôi không thực hiện. Đến nay, có 40/60 nhiệm vụ đã hoàn thành, có 20/60 nhiệm"
                + " vụ đang thực hiện.");
  }

  @Test
  void theGovernmentsTasksCountDoneAndInTime() {
    assertThat(MonthlyFiguresText.centralText(figures))
        .contains("qua theo dõi từ ngày 15/12/2021 đến ngày 14/04/2022")
        .endsWith(
            "có 30 nhiệm vụ (trong 16 văn bản) Chính phủ, Thủ tướng Chính phủ giao tỉnh thực"
                + " hiện, trong đó có 08/30"
                + " nhiệm vụ đã hoàn thành (08 nhiệm vụ đúng hạn), có 22 nhiệm vụ thực hiện trong"
                + " tiến độ được giao.");
  }

  @Test
  void theOverdueListIsByAgencyTheLongestOverdueFirst() {
    assertThat(figures.overdueTotal()).isEqualTo(251);
    assertThat(figures.overdue()).hasSize(251);
    assertThat(figures.overdue().get(0).agency()).isEqualTo("Sở SCT");
    assertThat(figures.overdue().get(51).agency()).isEqualTo("Sở SYT");
    assertThat(figures.overdue().get(0).workingDaysOverdue())
        .isEqualTo(8); // 01/04 → 14/04, Giỗ Tổ (Sunday 10/04) off on 11/04
    assertThat(figures.documentsTotal()).isEqualTo(1); // the March entry is outside the period
    assertThat(figures.documents().get(0).number()).isEqualTo("07/BC-UBND");
    assertThat(figures.trend())
        .extracting(MonthlyFigures.MonthCounts::label)
        .containsExactly("T1", "T2", "T3", "T4");
  }

  @Test
  void theIssuedDocumentReopensWithItsNumberTablesChartsAndSignature() throws Exception {
    MonthlyReportComposer composer =
        new MonthlyReportComposer(
            new Province(
                "Cao Bằng", "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "UBND tỉnh Cao Bằng", "", "Cao Bằng"),
            properties.recipients());
    byte[] docx =
        new DocxReportWriter()
            .write(
                composer.compose(
                    figures,
                    new MonthlyReportComposer.Narrative(
                        "Tháng 4 năm 2022, UBND tỉnh tập trung chỉ đạo phục hồi kinh tế.",
                        "Lĩnh vực kinh tế:\nThu ngân sách đạt 54% dự toán."),
                    new MonthlyReportComposer.Signer(
                        List.of("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"), "Lê Quang Hải"),
                    "Số: 05/BC-VP",
                    "Cao Bằng, ngày 28 tháng 4 năm 2022",
                    false));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      String text = extractor.getText();
      assertThat(text)
          .contains("UBND TỈNH CAO BẰNG")
          .contains("VĂN PHÒNG")
          .contains("Số: 05/BC-VP")
          .contains("Cao Bằng, ngày 28 tháng 4 năm 2022")
          .contains("Công tác chỉ đạo điều hành tháng 4 năm 2022")
          .contains("của UBND tỉnh, Chủ tịch UBND tỉnh")
          .contains("1. Công tác chỉ đạo điều hành tháng 4 năm 2022 của UBND tỉnh")
          .contains("Thu ngân sách đạt 54% dự toán.")
          .contains("2. Triển khai các nhiệm vụ, chỉ đạo của Chính phủ")
          .contains("3.1. Chương trình công tác tháng 4/2022 có tổng số 62 nhiệm vụ")
          .contains("571 nhiệm vụ đã hoàn thành (đạt 62,6%)")
          .contains("Số 07/BC-UBND ngày 05/04/2022: Báo cáo tình hình quý I")
          .contains("Nơi nhận:")
          .contains("KT. CHÁNH VĂN PHÒNG")
          .contains("PHÓ CHÁNH VĂN PHÒNG")
          .contains("Lê Quang Hải")
          .doesNotContain("DỰ THẢO");
      // header, overdue table, ranking, footer
      List<XWPFTable> tables = doc.getTables();
      assertThat(tables).hasSize(4);
      XWPFTable ranking = tables.get(2);
      assertThat(ranking.getRow(0).getCell(0).getText()).isEqualTo("Hạng");
      assertThat(ranking.getNumberOfRows()).isEqualTo(5);
      assertThat(
              IntStream.rangeClosed(1, 4)
                  .mapToObj(
                      r ->
                          ranking.getRow(r).getCell(0).getText()
                              + " "
                              + ranking.getRow(r).getCell(1).getText()
                              + " "
                              + ranking.getRow(r).getCell(6).getText())
                  .toList())
          .containsExactly("1 Sở STC 100,0%", "2 Sở SXD 0,0%", "3 Sở SCT 0,0%", "4 Sở SYT 0,0%");
      assertThat(text)
          .contains("3.4. Xếp hạng đơn vị chủ trì:")
          .contains(
              "Xếp hạng 4 đơn vị chủ trì theo tỷ lệ hoàn thành đúng hạn, số nhiệm vụ quá hạn đối"
                  + " với nhiệm vụ được giao 4 tháng đầu năm: dẫn đầu là Sở STC (100,0% đúng"
                  + " hạn); cuối bảng là Sở SYT (0,0% đúng hạn, 200 nhiệm vụ quá hạn).");
      XWPFTable overdue = tables.get(1);
      assertThat(overdue.getRow(0).getCell(1).getText()).isEqualTo("Đơn vị chủ trì");
      assertThat(overdue.getNumberOfRows()).isEqualTo(252);
      assertThat(overdue.getRow(1).getCell(1).getText()).isEqualTo("Sở SCT");
      assertThat(overdue.getRow(1).getCell(4).getText()).isEqualTo("8");
      // two charts, as PNG pictures
      assertThat(doc.getAllPictures()).hasSize(2);
      assertThat(doc.getAllPictures().get(0).getPictureType()).isEqualTo(Document.PICTURE_TYPE_PNG);
      assertThat(text).contains("Biểu đồ 1.").contains("Biểu đồ 2.");
      // page numbers from the second page (Decree 30)
      assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
    }
  }

  @Test
  void theChartsAreImagesOfTheirSize() throws Exception {
    var image = ImageIO.read(new ByteArrayInputStream(MonthlyCharts.trend(figures).png()));
    assertThat(image.getWidth()).isEqualTo(1600);
    assertThat(image.getHeight()).isEqualTo(800);
  }

  @Test
  void theNextMonthIsPrefilledWithTheHeadingsOfTheLast() {
    assertThat(
            MonthlyReportService.headings(
                "Lĩnh vực kinh tế:\nThu ngân sách tăng.\n\nVăn hóa - xã hội:\nỔn định."))
        .isEqualTo("Lĩnh vực kinh tế:\n\nVăn hóa - xã hội:\n");
    assertThat(MonthlyReportService.headings("Không có đề mục.")).isEmpty();
  }
}
