package vn.gov.ubnd.workflow.directives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
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
import vn.gov.ubnd.workflow.council.CouncilProperties;

/**
 * Bad directive input, field by field, as the start form, the API and an imported row send it: each
 * case names the field and says what to write, in Vietnamese, with dates as dd/MM/yyyy.
 */
class DirectiveInputCatalogueTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
  private static DirectiveValidator validator;

  @BeforeAll
  static void catalog() throws Exception {
    Catalog catalog;
    try (InputStream in =
        DirectiveInputCatalogueTest.class.getResourceAsStream("/data/catalog.yaml")) {
      catalog = CatalogFile.read(in, "catalog.yaml");
    }
    validator =
        new DirectiveValidator(
            catalog, new WorkingDayCalendar(List.of()), new CouncilProperties(30, 10, 5));
  }

  private static DirectiveInput valid() {
    return new DirectiveInput(
        "NV-01/2026",
        "Rà soát tiến độ giải ngân vốn đầu tư công",
        "Báo cáo kết quả trước ngày họp.",
        new DirectiveInput.SourceDocumentInput("789/UBND-TH", "2026-03-01", "Chủ tịch UBND tỉnh"),
        "STC",
        List.of("SXD"),
        "PCT-KT",
        "2026-03-02",
        "2026-03-20",
        null,
        null,
        null);
  }

  private static DirectiveInput with(UnaryOperator<Input> change) {
    return change.apply(new Input(valid())).build();
  }

  /** A mutable copy for one case's change. */
  static final class Input {
    String id, title, content, number, date, issuer, lead, leader, assignedOn, deadline;
    List<String> coordinating;
    Integer days;

    Input(DirectiveInput in) {
      id = in.directiveId();
      title = in.title();
      content = in.content();
      number = in.sourceDocument().number();
      date = in.sourceDocument().date();
      issuer = in.sourceDocument().issuer();
      lead = in.leadAgency();
      coordinating = in.coordinatingAgencies();
      leader = in.leaderInCharge();
      assignedOn = in.assignedOn();
      deadline = in.deadline();
      days = in.deadlineWorkingDays();
    }

    DirectiveInput build() {
      return new DirectiveInput(
          id,
          title,
          content,
          new DirectiveInput.SourceDocumentInput(number, date, issuer),
          lead,
          coordinating,
          leader,
          assignedOn,
          deadline,
          days,
          null,
          null);
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        c("id empty", i -> set(i, () -> i.id = ""), "Thiếu số hiệu nhiệm vụ (directiveId)."),
        c(
            "id with spaces",
            i -> set(i, () -> i.id = "NV 01"),
            "Số hiệu nhiệm vụ \"NV 01\" chỉ được gồm chữ, số và các ký tự . _ / - (tối đa 80 ký tự)."),
        c(
            "id too long, echoed short",
            i -> set(i, () -> i.id = "N".repeat(40_000)),
            "Số hiệu nhiệm vụ \""
                + "N".repeat(40)
                + "…\" chỉ được gồm chữ, số và các ký tự . _ / - (tối đa 80 ký tự)."),
        c("title empty", i -> set(i, () -> i.title = " "), "Thiếu trích yếu nội dung nhiệm vụ."),
        c(
            "title of 200,000 characters",
            i -> set(i, () -> i.title = "a".repeat(200_000)),
            "Trích yếu dài 200.000 ký tự, quá giới hạn 2.000 ký tự: rút gọn lại, phần chi tiết để"
                + " trong văn bản kèm theo."),
        c(
            "content too long",
            i -> set(i, () -> i.content = "a".repeat(20_001)),
            "Nội dung nhiệm vụ dài 20.001 ký tự, quá giới hạn 20.000 ký tự: rút gọn lại, phần chi"
                + " tiết để trong văn bản kèm theo."),
        c(
            "source number too long",
            i -> set(i, () -> i.number = "1".repeat(301)),
            "Số văn bản giao nhiệm vụ dài 301 ký tự, quá giới hạn 300 ký tự: rút gọn lại, phần chi"
                + " tiết để trong văn bản kèm theo."),
        c("lead agency empty", i -> set(i, () -> i.lead = ""), "Thiếu đơn vị chủ trì."),
        c(
            "lead agency unknown",
            i -> set(i, () -> i.lead = "Sở Không Có"),
            "Đơn vị chủ trì \"Sở Không Có\" không có trong danh mục cơ quan, đơn vị."),
        c(
            "coordinating agency unknown",
            i -> set(i, () -> i.coordinating = List.of("SXD", "XYZ")),
            "Đơn vị phối hợp \"XYZ\" không có trong danh mục cơ quan, đơn vị."),
        c(
            "lead agency also coordinating",
            i -> set(i, () -> i.coordinating = List.of("STC")),
            "Đơn vị chủ trì không đồng thời là đơn vị phối hợp (STC)."),
        c(
            "leader empty",
            i -> set(i, () -> i.leader = null),
            "Thiếu lãnh đạo UBND tỉnh phụ trách."),
        c(
            "leader unknown",
            i -> set(i, () -> i.leader = "PCT-XX"),
            "Lãnh đạo phụ trách \"PCT-XX\" không có trong danh mục lãnh đạo UBND tỉnh."),
        c(
            "assigned on 31/02",
            i -> set(i, () -> i.assignedOn = "31/02/2026"),
            "Ngày giao \"31/02/2026\" không phải ngày có thật (ngày/tháng/năm): kiểm tra lại ngày và"
                + " tháng, ví dụ 05/03/2026."),
        c(
            "assigned on with trailing junk",
            i -> set(i, () -> i.assignedOn = "2026-03-05junk"),
            "Ngày giao \"2026-03-05junk\" không phải là ngày: ghi ngày/tháng/năm, ví dụ 05/03/2026."),
        c(
            "assigned on in year 0001",
            i -> set(i, () -> i.assignedOn = "0001-03-05"),
            "Ngày giao \"0001-03-05\" nằm ngoài khoảng năm 1990–2100: kiểm tra lại năm."),
        c(
            "deadline words",
            i -> set(i, () -> i.deadline = "cuối tháng"),
            "Thời hạn \"cuối tháng\" không phải là ngày: ghi ngày/tháng/năm, ví dụ 05/03/2026."),
        c(
            "deadline before assignment",
            i -> set(i, () -> i.deadline = "01/03/2026"),
            "Thời hạn (01/03/2026) trước ngày giao (02/03/2026): thời hạn phải sau ngày giao."),
        c(
            "deadline year 99999",
            i -> set(i, () -> i.deadline = "+99999-01-01"),
            "Thời hạn \"+99999-01-01\" không phải là ngày: ghi ngày/tháng/năm, ví dụ 05/03/2026."),
        c(
            "both deadline kinds",
            i -> set(i, () -> i.days = 10),
            "Chỉ ghi thời hạn theo một cách: hoặc ngày cụ thể, hoặc số ngày làm việc."),
        c(
            "working days zero",
            i ->
                set(
                    i,
                    () -> {
                      i.deadline = null;
                      i.days = 0;
                    }),
            "Số ngày làm việc của thời hạn phải từ 1 đến 1000 (đang là 0); thời hạn dài hơn thì ghi"
                + " ngày cụ thể."),
        c(
            "working days a billion",
            i ->
                set(
                    i,
                    () -> {
                      i.deadline = null;
                      i.days = 1_000_000_000;
                    }),
            "Số ngày làm việc của thời hạn phải từ 1 đến 1000 (đang là 1000000000); thời hạn dài"
                + " hơn thì ghi ngày cụ thể."),
        c(
            "source document after assignment",
            i ->
                set(
                    i,
                    () -> {
                      i.date = "2026-02-27";
                      i.assignedOn = "2026-02-20";
                    }),
            "Ngày văn bản giao nhiệm vụ (27/02/2026) sau ngày giao (20/02/2026): ngày văn bản phải"
                + " trước hoặc trùng ngày giao."),
        c(
            "source document in the future",
            i -> set(i, () -> i.date = "2026-03-10"),
            "Ngày văn bản giao nhiệm vụ (10/03/2026) sau hôm nay (02/03/2026): ghi ngày văn bản đã"
                + " ban hành, không ghi ngày trong tương lai."),
        c(
            "id of 81 characters",
            i -> set(i, () -> i.id = "N".repeat(81)),
            "Số hiệu nhiệm vụ \""
                + "N".repeat(40)
                + "…\" chỉ được gồm chữ, số và các ký tự . _ / - (tối đa 80 ký tự)."),
        c(
            "source date in words",
            i -> set(i, () -> i.date = "hôm qua"),
            "Ngày văn bản giao nhiệm vụ \"hôm qua\" không phải là ngày: ghi ngày/tháng/năm, ví dụ"
                + " 05/03/2026."),
        c(
            "issuer too long",
            i -> set(i, () -> i.issuer = "c".repeat(301)),
            "Cơ quan ban hành dài 301 ký tự, quá giới hạn 300 ký tự: rút gọn lại, phần chi tiết để"
                + " trong văn bản kèm theo."),
        c(
            "deadline in 1989",
            i -> set(i, () -> i.deadline = "31/12/1989"),
            "Thời hạn \"31/12/1989\" nằm ngoài khoảng năm 1990–2100: kiểm tra lại năm."),
        c(
            "deadline with dots",
            i -> set(i, () -> i.deadline = "20.03.2026"),
            "Thời hạn \"20.03.2026\" không phải là ngày: ghi ngày/tháng/năm, ví dụ 05/03/2026."),
        c(
            "working days negative",
            i ->
                set(
                    i,
                    () -> {
                      i.deadline = null;
                      i.days = -5;
                    }),
            "Số ngày làm việc của thời hạn phải từ 1 đến 1000 (đang là -5); thời hạn dài hơn thì ghi"
                + " ngày cụ thể."),
        c(
            "source date US style that cannot be",
            i -> set(i, () -> i.date = "03/13/2026"),
            "Ngày văn bản giao nhiệm vụ \"03/13/2026\" không phải ngày có thật (ngày/tháng/năm):"
                + " kiểm tra lại ngày và tháng, ví dụ 05/03/2026."));
  }

  private static Arguments c(String name, UnaryOperator<Input> change, String message) {
    return Arguments.of(name, change, message);
  }

  private static Input set(Input input, Runnable change) {
    change.run();
    return input;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachMistakeIsNamedWithWhatToWrite(String name, UnaryOperator<Input> change, String message) {
    assertThatThrownBy(() -> validator.validate(with(change), TODAY))
        .isInstanceOfSatisfying(
            DirectiveValidationException.class,
            e -> assertThat(e.problems()).containsExactly(message));
  }

  @Test
  void theValidInputPasses() {
    assertThat(validator.validate(valid(), TODAY).deadline())
        .isEqualTo(LocalDate.parse("2026-03-20"));
  }

  @Test
  void officeDatesAreReadDayFirst() {
    DirectiveInput input = with(i -> set(i, () -> i.deadline = "05/04/2026"));
    assertThat(validator.validate(input, TODAY).deadline())
        .isEqualTo(LocalDate.parse("2026-04-06"));
  }
}
