package vn.gov.ubnd.workflow.directives;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceKindTest {

  @ParameterizedTest(name = "{0} ({1}) is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12/NQ-HĐND | HĐND tỉnh | COUNCIL_RESOLUTION",
        "12/NQ-HDND |  | COUNCIL_RESOLUTION",
        "45/TB-VPUBND | Văn phòng UBND tỉnh | MEETING_CONCLUSIONS",
        "03/CT-UBND | Chủ tịch UBND tỉnh | DIRECTIVE",
        "120/KH-UBND | UBND tỉnh | PROGRAMME_OR_PLAN",
        "09/CTr-UBND | UBND tỉnh | PROGRAMME_OR_PLAN",
        "55/NQ-CP | | CENTRAL_GOVERNMENT",
        "1234/QĐ-TTg | | CENTRAL_GOVERNMENT",
        "789/UBND-TH | Thủ tướng Chính phủ | CENTRAL_GOVERNMENT",
        "789/UBND-TH | Chủ tịch UBND tỉnh | OTHER",
        "18/NQ-TW | Ban Chấp hành Trung ương | OTHER",
        "ABC | | OTHER"
      })
  void theSymbolOrTheIssuerSaysTheKind(String number, String issuer, SourceKind kind) {
    assertThat(SourceKind.of(number, issuer)).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource({
    "COUNCIL_RESOLUTION, COUNCIL_RESOLUTION",
    "Nghị quyết HĐND tỉnh, COUNCIL_RESOLUTION",
    "nghi quyet hdnd tinh, COUNCIL_RESOLUTION",
    "Thông báo kết luận, MEETING_CONCLUSIONS",
    "chi thi, DIRECTIVE"
  })
  void theOfficeMayWriteTheKindAsItsNameWithOrWithoutDiacritics(String typed, SourceKind kind) {
    assertThat(SourceKind.parse(typed)).contains(kind);
  }

  @Test
  void aKindThatIsNotOneIsNotGuessed() {
    assertThat(SourceKind.parse("Công văn")).isEmpty();
    assertThat(SourceKind.parse(" ")).isEmpty();
  }
}
