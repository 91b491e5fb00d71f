package vn.gov.ubnd.workflow.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.ResponseEntity;

/**
 * Bad statistics requests (the API the monthly report and the dashboards call): each answers 400
 * with the parameter and what to write, and never reaches the index.
 */
class StatisticsRequestCatalogueTest {

  private final List<Object[]> asked = new ArrayList<>();
  private final DirectiveStatisticsController controller =
      new DirectiveStatisticsController(
          new DirectiveStatisticsSource() {
            @Override
            public DirectiveStatistics statistics(
                LocalDate from, LocalDate to, LocalDate asOf, int limit, DirectiveFilter agency) {
              asked.add(new Object[] {from, to, asOf, limit});
              return null;
            }

            @Override
            public int sourceDocuments(
                LocalDate from, LocalDate to, LocalDate asOf, DirectiveFilter filter) {
              throw new AssertionError("not asked by the statistics endpoint");
            }
          },
          Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            null,
            "2026-03-31",
            null,
            "50",
            "Thiếu ngày đầu kỳ: ghi from=năm-tháng-ngày, ví dụ 2026-03-05."),
        Arguments.of(
            "2026-03-01",
            "",
            null,
            "50",
            "Thiếu ngày cuối kỳ: ghi to=năm-tháng-ngày, ví dụ 2026-03-05."),
        Arguments.of(
            "01/03/2026",
            "2026-03-31",
            null,
            "50",
            "Giá trị from \"01/03/2026\" không phải ngày hợp lệ: ghi ngày đầu kỳ theo dạng"
                + " năm-tháng-ngày, ví dụ 2026-03-05."),
        Arguments.of(
            "2026-02-30",
            "2026-03-31",
            null,
            "50",
            "Giá trị from \"2026-02-30\" không phải ngày hợp lệ: ghi ngày đầu kỳ theo dạng"
                + " năm-tháng-ngày, ví dụ 2026-03-05."),
        Arguments.of(
            "2026-03-01",
            "2026-03-31",
            "+1000000-01-01",
            "50",
            "Giá trị asOf \"+1000000-01-01\" nằm ngoài khoảng năm 1990–2100: kiểm tra lại ngày"
                + " lấy số liệu."),
        Arguments.of(
            "2026-03-01",
            "2026-03-31",
            "9999-01-01",
            "50",
            "Giá trị asOf \"9999-01-01\" nằm ngoài khoảng năm 1990–2100: kiểm tra lại ngày lấy số"
                + " liệu."),
        Arguments.of(
            "2026-03-31",
            "2026-03-01",
            null,
            "50",
            "Ngày cuối kỳ (to = 01/03/2026) phải sau hoặc trùng ngày đầu kỳ (from = 31/03/2026)."),
        Arguments.of(
            "2026-03-01",
            "2026-03-31",
            null,
            "-1",
            "overdueLimit \"-1\" không hợp lệ: ghi số nhiệm vụ quá hạn cần liệt kê, từ 0 đến 500."),
        Arguments.of(
            "2026-03-01",
            "2026-03-31",
            null,
            "1000000",
            "overdueLimit \"1000000\" không hợp lệ: ghi số nhiệm vụ quá hạn cần liệt kê, từ 0 đến"
                + " 500."),
        Arguments.of(
            "2026-03-01",
            "2026-03-31",
            null,
            "mười",
            "overdueLimit \"mười\" không hợp lệ: ghi số nhiệm vụ quá hạn cần liệt kê, từ 0 đến"
                + " 500."));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aBadParameterIsNamedWithWhatToWrite(
      String from, String to, String asOf, String limit, String message) {
    ResponseEntity<?> response = controller.statistics(from, to, asOf, limit);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).isEqualTo(Map.of("error", message));
    assertThat(asked).as("requests that reached the index").isEmpty();
  }

  @Test
  void aGoodRequestReachesTheIndexWithTodayAsTheDefaultDay() {
    ResponseEntity<?> response = controller.statistics("2026-03-01", "2026-03-31", null, "10");
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(asked).hasSize(1);
    assertThat(asked.get(0)[2]).isEqualTo(LocalDate.parse("2026-03-02"));
  }
}
