package vn.gov.ubnd.workflow.reportcycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.CatalogFile;

/**
 * Bad input to the report cycle's start form (or the API that starts a cycle), field by field: each
 * case names the field and says what to write, in Vietnamese, with dates as dd/MM/yyyy. Today is
 * Monday 02/03/2026.
 */
class CycleInputCatalogueTest {

  private static CycleValidator validator;

  @BeforeAll
  static void validator() throws Exception {
    Catalog catalog;
    ReportTemplates templates;
    try (InputStream in = CycleInputCatalogueTest.class.getResourceAsStream("/data/catalog.yaml")) {
      catalog = CatalogFile.read(in, "catalog.yaml");
    }
    try (InputStream in =
        CycleInputCatalogueTest.class.getResourceAsStream("/data/report-templates.yaml")) {
      templates = ReportTemplates.read(in, "report-templates.yaml");
    }
    validator =
        new CycleValidator(
            catalog,
            new WorkingDayCalendar(List.of()),
            templates,
            new ReportCycleProperties(14, 6, null),
            Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
  }

  private static CycleInput valid() {
    return new CycleInput(
        "ANNUAL",
        2026,
        null,
        "Kỳ họp thứ mười tám, HĐND tỉnh khóa X, nhiệm kỳ 2021-2026",
        "2026-06-15",
        List.of("STC", "SXD"),
        "2026-05-20");
  }

  /** A copy of the valid input with one change. */
  static final class Input {
    String kind = valid().reportKind();
    Integer year = valid().year();
    String title = valid().reportTitle();
    String session = valid().sessionName();
    String opening = valid().sessionOpeningDate();
    List<String> departments = valid().departments();
    String deadline = valid().responseDeadline();

    CycleInput build() {
      return new CycleInput(kind, year, title, session, opening, departments, deadline);
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        c(
            "kind empty",
            i -> i.kind = "",
            "Chọn loại báo cáo (năm, 6 tháng đầu năm, quý hoặc chuyên đề)."),
        c(
            "kind unknown",
            i -> i.kind = "QUÝ",
            "Loại báo cáo \"QUÝ\" không có: chọn năm (ANNUAL), 6 tháng đầu năm (HALF_YEAR), quý"
                + " (QUARTERLY) hoặc chuyên đề (THEMATIC)."),
        c("year missing", i -> i.year = null, "Thiếu năm báo cáo: ghi năm, ví dụ 2026."),
        c(
            "year 1999",
            i -> i.year = 1999,
            "Năm báo cáo 1999 nằm ngoài khoảng 2000–2100: ghi năm của kỳ báo cáo, ví dụ 2026."),
        c(
            "year 20260",
            i -> i.year = 20260,
            "Năm báo cáo 20260 nằm ngoài khoảng 2000–2100: ghi năm của kỳ báo cáo, ví dụ 2026."),
        c(
            "year negative",
            i -> i.year = -2026,
            "Năm báo cáo -2026 nằm ngoài khoảng 2000–2100: ghi năm của kỳ báo cáo, ví dụ 2026."),
        c(
            "kind in lower case",
            i -> i.kind = "annual",
            "Loại báo cáo \"annual\" không có: chọn năm (ANNUAL), 6 tháng đầu năm (HALF_YEAR), quý"
                + " (QUARTERLY) hoặc chuyên đề (THEMATIC)."),
        c(
            "session of 301 characters",
            i -> i.session = "k".repeat(301),
            "Tên kỳ họp dài 301 ký tự, quá giới hạn 300 ký tự: rút gọn lại, phần chi tiết để trong"
                + " văn bản kèm theo."),
        c(
            "deadline 31/04",
            i -> i.deadline = "31/04/2026",
            "Hạn gửi báo cáo \"31/04/2026\" không phải ngày có thật (ngày/tháng/năm): kiểm tra lại"
                + " ngày và tháng, ví dụ 05/03/2026."),
        c(
            "opening in 1989",
            i -> i.opening = "15/06/1989",
            "Ngày khai mạc kỳ họp \"15/06/1989\" nằm ngoài khoảng năm 1990–2100: kiểm tra lại năm."),
        c(
            "thematic without title",
            i -> i.kind = "THEMATIC",
            "Báo cáo chuyên đề cần có tên báo cáo: ghi tên chuyên đề."),
        c(
            "title too long",
            i -> i.title = "t".repeat(501),
            "Tên báo cáo dài 501 ký tự, quá giới hạn 500 ký tự: rút gọn lại, phần chi tiết để trong"
                + " văn bản kèm theo."),
        c(
            "session empty",
            i -> i.session = "  ",
            "Thiếu tên kỳ họp HĐND tỉnh (ví dụ: Kỳ họp thứ mười tám, HĐND tỉnh khóa X, nhiệm kỳ"
                + " 2021-2026)."),
        c(
            "session of 100,000 characters",
            i -> i.session = "k".repeat(100_000),
            "Tên kỳ họp dài 100.000 ký tự, quá giới hạn 300 ký tự: rút gọn lại, phần chi tiết để"
                + " trong văn bản kèm theo."),
        c(
            "opening missing",
            i -> {
              i.opening = null;
              i.deadline = null;
            },
            "Thiếu ngày khai mạc kỳ họp: ghi ngày/tháng/năm, ví dụ 05/03/2026."),
        c(
            "opening 30/02",
            i -> i.opening = "30/02/2026",
            "Ngày khai mạc kỳ họp \"30/02/2026\" không phải ngày có thật (ngày/tháng/năm): kiểm tra"
                + " lại ngày và tháng, ví dụ 05/03/2026."),
        c(
            "opening with trailing junk",
            i -> i.opening = "2026-06-15abc",
            "Ngày khai mạc kỳ họp \"2026-06-15abc\" không phải là ngày: ghi ngày/tháng/năm, ví dụ"
                + " 05/03/2026."),
        c(
            "opening in words",
            i -> i.opening = "giữa tháng 6",
            "Ngày khai mạc kỳ họp \"giữa tháng 6\" không phải là ngày: ghi ngày/tháng/năm, ví dụ"
                + " 05/03/2026."),
        c(
            "opening past",
            i -> i.opening = "01/03/2026",
            "Ngày khai mạc kỳ họp (01/03/2026) đã qua: ghi ngày khai mạc sắp tới, từ 02/03/2026"
                + " trở đi.",
            "Hạn gửi báo cáo (20/05/2026) phải trước ngày khai mạc kỳ họp (01/03/2026)."),
        c(
            "opening year 9999",
            i -> i.opening = "9999-06-15",
            "Ngày khai mạc kỳ họp \"9999-06-15\" nằm ngoài khoảng năm 1990–2100: kiểm tra lại năm."),
        c(
            "department unknown",
            i -> i.departments = List.of("STC", "SKHCN-X"),
            "Cơ quan \"SKHCN-X\" không có trong danh mục cơ quan, đơn vị: chọn từ danh sách."),
        c(
            "department twice",
            i -> i.departments = List.of("STC", "STC"),
            "Cơ quan \"STC\" được chọn hai lần: bỏ bớt một lần."),
        c(
            "department blank line",
            i -> i.departments = Arrays.asList("STC", ""),
            "Danh sách cơ quan có một dòng trống: bỏ dòng đó hoặc chọn cơ quan."),
        c(
            "deadline after opening",
            i -> i.deadline = "2026-06-16",
            "Hạn gửi báo cáo (16/06/2026) phải trước ngày khai mạc kỳ họp (15/06/2026)."),
        c(
            "deadline past",
            i -> i.deadline = "27/02/2026",
            "Hạn gửi báo cáo (27/02/2026) đã qua: ghi một ngày từ 02/03/2026 trở đi."),
        c(
            "deadline not a date",
            i -> i.deadline = "20.05.2026",
            "Hạn gửi báo cáo \"20.05.2026\" không phải là ngày: ghi ngày/tháng/năm, ví dụ"
                + " 05/03/2026."),
        c(
            "default deadline already past",
            i -> {
              i.opening = "2026-03-09";
              i.deadline = null;
            },
            "Hạn gửi báo cáo tính mặc định (20 ngày làm việc trước khai mạc) là 02/02/2026, đã"
                + " qua: hãy ghi hạn gửi báo cáo."));
  }

  private static Arguments c(String name, Consumer<Input> change, String... messages) {
    UnaryOperator<Input> op =
        i -> {
          change.accept(i);
          return i;
        };
    return Arguments.of(name, op, List.of(messages));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachMistakeIsNamedWithWhatToWrite(
      String name, UnaryOperator<Input> change, List<String> messages) {
    assertThatThrownBy(() -> validator.validate(change.apply(new Input()).build()))
        .isInstanceOfSatisfying(
            CycleValidationException.class, e -> assertThat(e.problems()).isEqualTo(messages));
  }

  @Test
  void theValidInputPassesWithDayFirstDates() {
    Input input = new Input();
    input.opening = "15/06/2026";
    input.deadline = "20/05/2026";
    ValidCycle cycle = validator.validate(input.build());
    assertThat(cycle.sessionOpening()).hasToString("2026-06-15");
    assertThat(cycle.responseDeadline()).hasToString("2026-05-20");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Input input = new Input();
    input.kind = null;
    input.session = null;
    input.opening = "x";
    assertThatThrownBy(() -> validator.validate(input.build()))
        .isInstanceOfSatisfying(
            CycleValidationException.class, e -> assertThat(e.problems()).hasSize(3));
  }
}
