package vn.gov.ubnd.workflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceAndDateTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2026-03-05, 'Bình Phước, ngày 05 tháng 3 năm 2026'",
    "2026-01-09, 'Bình Phước, ngày 09 tháng 01 năm 2026'",
    "2026-02-28, 'Bình Phước, ngày 28 tháng 02 năm 2026'",
    "2023-07-10, 'Bình Phước, ngày 10 tháng 7 năm 2023'",
    "2024-11-19, 'Bình Phước, ngày 19 tháng 11 năm 2024'"
  })
  void zeroBeforeDaysOneToNineAndMonthsOneAndTwo(LocalDate date, String expected) {
    assertThat(PlaceAndDate.format("Bình Phước", date)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"5, 05/BC-UBND", "12, 12/BC-UBND", "229, 229/BC-UBND"})
  void numbersHaveAtLeastTwoDigits(int sequence, String expected) {
    assertThat(new DocumentNumber(2026, sequence, "BC-UBND").formatted()).isEqualTo(expected);
  }
}
