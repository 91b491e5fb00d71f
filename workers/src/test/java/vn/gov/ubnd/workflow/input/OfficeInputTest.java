package vn.gov.ubnd.workflow.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The office's formats, read and written the same everywhere. */
class OfficeInputTest {

  @ParameterizedTest
  @CsvSource({
    "05/03/2026, 2026-03-05",
    "5/3/2026, 2026-03-05",
    "2026-03-05, 2026-03-05",
    "2026-03-05T00:00:00+07:00, 2026-03-05"
  })
  void datesAreReadDayFirstOrAsTheApiSendsThem(String typed, LocalDate expected) {
    List<String> problems = new ArrayList<>();
    assertThat(OfficeInput.date(typed, "Ngày giao", problems)).isEqualTo(expected);
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "'03/05/26', không phải là ngày",
    "'31/02/2026', không phải ngày có thật",
    "'05/03/1989', nằm ngoài khoảng năm 1990–2100",
    "'05/03/2101', nằm ngoài khoảng năm 1990–2100"
  })
  void aWrongDateIsNamedWithItsFieldAndWhatToWrite(String typed, String problem) {
    List<String> problems = new ArrayList<>();
    assertThat(OfficeInput.date(typed, "Thời hạn", problems)).isNull();
    assertThat(problems).singleElement().asString().startsWith("Thời hạn \"").contains(problem);
  }

  @Test
  void theEdgeYearsAreAccepted() {
    List<String> problems = new ArrayList<>();
    assertThat(OfficeInput.date("01/01/1990", "Ngày", problems)).isEqualTo("1990-01-01");
    assertThat(OfficeInput.date("31/12/2100", "Ngày", problems)).isEqualTo("2100-12-31");
    assertThat(problems).isEmpty();
  }

  @Test
  void anImportedDateBecomesIsoOrIsLeftForTheValidationToWord() {
    assertThat(OfficeInput.isoIfWrittenVn("5/3/2026")).isEqualTo("2026-03-05");
    assertThat(OfficeInput.isoIfWrittenVn(" 05/03/2026 ")).isEqualTo("2026-03-05");
    assertThat(OfficeInput.isoIfWrittenVn("31/02/2026")).isEqualTo("31/02/2026");
    assertThat(OfficeInput.isoIfWrittenVn("2026-03-05")).isEqualTo("2026-03-05");
    assertThat(OfficeInput.isoIfWrittenVn("ngày mai")).isEqualTo("ngày mai");
    assertThat(OfficeInput.isoIfWrittenVn("  ")).isNull();
  }

  @Test
  void numbersDatesAndMomentsAreWrittenAsTheOfficeWritesThem() {
    assertThat(OfficeInput.thousands(20001)).isEqualTo("20.001");
    assertThat(OfficeInput.thousands(1234567)).isEqualTo("1.234.567");
    assertThat(OfficeInput.decimal(new BigDecimal("107.5"))).isEqualTo("107,5");
    assertThat(OfficeInput.percent(new BigDecimal("62.6"))).isEqualTo("62,6%");
    assertThat(OfficeInput.vn(LocalDate.parse("2026-03-05"))).isEqualTo("05/03/2026");
    assertThat(OfficeInput.vn((LocalDate) null)).isEmpty();
    assertThat(
            OfficeInput.vn(
                ZonedDateTime.of(2026, 3, 5, 14, 5, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"))))
        .isEqualTo("14:05 05/03/2026");
  }

  @Test
  void aTextTooLongIsNamedWithBothLengths() {
    List<String> problems = new ArrayList<>();
    OfficeInput.tooLong("x".repeat(1001), "Trích yếu", 1000, problems);
    OfficeInput.tooLong("x".repeat(1000), "Nội dung", 1000, problems);
    assertThat(problems)
        .containsExactly(
            "Trích yếu dài 1.001 ký tự, quá giới hạn 1.000 ký tự: rút gọn lại, phần chi tiết để"
                + " trong văn bản kèm theo.");
  }
}
