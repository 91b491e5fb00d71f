package vn.gov.ubnd.workflow.reportcycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad department answers, as the API can send them around the form: each problem names the field
 * (and the indicator's row) and what to write.
 */
class SectionAnswerCatalogueTest {

  private static final SectionResponse.Indicator BUDGET =
      new SectionResponse.Indicator(
          "Tổng thu ngân sách", "tỷ đồng", 20_000.0, 21_500.0, "HIGHER_IS_BETTER", null);

  private static SectionResponse answer(
      String results, List<SectionResponse.Indicator> indicators, String contact, Boolean head) {
    return new SectionResponse(results, indicators, "Giải ngân chậm.", "Đẩy nhanh.", contact, head);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "results empty",
            answer(" ", List.of(BUDGET), "A", true),
            List.of("Thiếu kết quả thực hiện: ghi kết quả chủ yếu của cơ quan trong kỳ.")),
        Arguments.of(
            "results of 200,000 characters",
            answer("x".repeat(200_000), List.of(BUDGET), "A", true),
            List.of(
                "Kết quả thực hiện dài 200.000 ký tự, quá giới hạn 20.000 ký tự: rút gọn lại, phần"
                    + " chi tiết để trong văn bản kèm theo.")),
        Arguments.of(
            "contact too long",
            answer("Kết quả.", List.of(BUDGET), "0".repeat(301), true),
            List.of(
                "Người liên hệ dài 301 ký tự, quá giới hạn 300 ký tự: rút gọn lại, phần chi tiết"
                    + " để trong văn bản kèm theo.")),
        Arguments.of(
            "head has not approved",
            answer("Kết quả.", List.of(BUDGET), "A", false),
            List.of(
                "Chưa xác nhận người đứng đầu cơ quan đã duyệt báo cáo: đánh dấu ô xác nhận sau"
                    + " khi lãnh đạo cơ quan duyệt.")),
        Arguments.of(
            "indicator with a plan and no direction",
            answer(
                "Kết quả.",
                List.of(new SectionResponse.Indicator("Số vụ tai nạn", "vụ", 100.0, 80.0)),
                "A",
                true),
            List.of(
                "Chỉ tiêu dòng 1: chưa chọn chiều đánh giá: chọn \"Càng cao càng tốt\" (như thu"
                    + " ngân sách) hoặc \"Càng thấp càng tốt\" (như số vụ tai nạn giao thông).")),
        Arguments.of(
            "indicator with a tolerance of 60 points",
            answer(
                "Kết quả.",
                List.of(
                    new SectionResponse.Indicator(
                        "Số vụ tai nạn", "vụ", 100.0, 80.0, "LOWER_IS_BETTER", 60.0)),
                "A",
                true),
            List.of(
                "Chỉ tiêu dòng 1: dung sai phải từ 0 đến dưới 50 điểm phần trăm; để trống để theo"
                    + " mức chung.")),
        Arguments.of(
            "indicator without a name",
            answer(
                "Kết quả.",
                List.of(
                    BUDGET,
                    new SectionResponse.Indicator(" ", "%", 1.0, 2.0, "HIGHER_IS_BETTER", null)),
                "A",
                true),
            List.of("Chỉ tiêu dòng 2: thiếu tên chỉ tiêu.")),
        Arguments.of(
            "indicator row null",
            answer("Kết quả.", Arrays.asList(BUDGET, null), "A", true),
            List.of("Chỉ tiêu dòng 2: thiếu tên chỉ tiêu.")),
        Arguments.of(
            "negative plan",
            answer(
                "Kết quả.",
                List.of(
                    new SectionResponse.Indicator(
                        "Vốn giải ngân", "tỷ đồng", -5.0, 3.0, "HIGHER_IS_BETTER", null)),
                "A",
                true),
            List.of("Chỉ tiêu dòng 1: số kế hoạch không được âm.")),
        Arguments.of(
            "actual of 1e300",
            answer(
                "Kết quả.",
                List.of(
                    new SectionResponse.Indicator(
                        "Vốn giải ngân", "tỷ đồng", 5.0, 1e300, "HIGHER_IS_BETTER", null)),
                "A",
                true),
            List.of("Chỉ tiêu dòng 1: số thực hiện không hợp lệ, ghi một số bình thường.")),
        Arguments.of(
            "unit too long",
            answer(
                "Kết quả.",
                List.of(
                    new SectionResponse.Indicator(
                        "Vốn", "u".repeat(51), 5.0, 3.0, "HIGHER_IS_BETTER", null)),
                "A",
                true),
            List.of(
                "Chỉ tiêu dòng 1: đơn vị tính dài 51 ký tự, quá giới hạn 50 ký tự: rút gọn lại,"
                    + " phần chi tiết để trong văn bản kèm theo.")),
        Arguments.of(
            "a thousand indicators",
            answer("Kết quả.", new ArrayList<>(Collections.nCopies(1_000, BUDGET)), "A", true),
            List.of(
                "Bảng chỉ tiêu có 1.000 dòng, quá giới hạn 100 dòng: chỉ giữ các chỉ tiêu chủ yếu,"
                    + " phần còn lại để trong phụ lục.")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachMistakeIsNamedWithWhatToWrite(
      String name, SectionResponse answer, List<String> problems) {
    assertThat(SectionAnswerRules.problems(answer)).isEqualTo(problems);
  }

  @Test
  void aCompleteAnswerPasses() {
    assertThat(SectionAnswerRules.problems(answer("Kết quả.", List.of(BUDGET), "A", true)))
        .isEmpty();
  }
}
