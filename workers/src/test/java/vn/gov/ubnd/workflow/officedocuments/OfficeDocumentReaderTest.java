package vn.gov.ubnd.workflow.officedocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.ubnd.workflow.directives.imports.ImportRefusedException;

class OfficeDocumentReaderTest {

  static final DocumentKinds KINDS = kinds();

  static DocumentKinds kinds() {
    try (var in = OfficeDocumentReaderTest.class.getResourceAsStream("/data/document-kinds.yaml")) {
      return DocumentKinds.read(in, "document-kinds.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "\"{0}\" numbered {1} is {2}")
  @CsvSource({
    "Quyết định, 125/QĐ-UBND, DECISION",
    "QUYET DINH, 125/QĐ-UBND, DECISION",
    "Quyết định, 12/2026/QĐ-UBND, LEGAL_NORMATIVE",
    "Nghị quyết, 05/2026/NQ-HĐND, LEGAL_NORMATIVE",
    "Văn bản QPPL, 07/2026/QĐ-UBND, LEGAL_NORMATIVE",
    "Công văn, 4512/UBND-KT, OFFICIAL_LETTER",
    "Thông báo kết luận, 45/TB-VPUBND, NOTICE",
    "Tờ trình, 88/TTr-UBND, SUBMISSION",
    ", 120/KH-UBND, PLAN",
    ", 09/CTr-UBND, PROGRAMME",
    ", 4512/UBND-KT, OFFICIAL_LETTER",
    ", 12/2026/QĐ-UBND, LEGAL_NORMATIVE",
    ", 33/GP-UBND, LICENCE",
  })
  void kindsFollowTheTableAndTheNumbersSymbol(String word, String number, String expected) {
    assertThat(KINDS.of(word, number)).map(DocumentKinds.Kind::code).contains(expected);
  }

  @Test
  void aWordTheTableDoesNotKnowIsNoKind() {
    assertThat(KINDS.of("Giấy khen", "1/GK-UBND")).isEmpty();
  }

  private static OfficeDocumentReader reader(List<String> header, DocumentDirection direction) {
    return new OfficeDocumentReader(
        header, direction, KINDS, OffsetDateTime.parse("2026-12-03T08:00:00+07:00"), "vp.nguyen");
  }

  @Test
  void aRowBecomesADocumentCountedOnItsDay() {
    OfficeDocumentReader reader =
        reader(
            List.of(
                "STT",
                "Số, ký hiệu",
                "Ngày văn bản",
                "Ngày đến",
                "Loại văn bản",
                "Trích yếu",
                "Cơ quan ban hành",
                "Đi/đến"),
            null);
    OfficeDocumentReader.Row issued =
        reader.row(
            2, List.of("1", "125/QĐ-UBND", "05/03/2026", "", "Quyết định", "Về việc …", "", "đi"));
    assertThat(issued.problems()).isEmpty();
    assertThat(issued.document().countedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(issued.document().direction()).isEqualTo(DocumentDirection.OUTGOING);
    OfficeDocumentReader.Row received =
        reader.row(
            3,
            List.of(
                "2",
                "55/NQ-CP",
                "2026-02-28",
                "03/03/2026",
                "Nghị quyết",
                "…",
                "Chính phủ",
                "Văn bản đến"));
    assertThat(received.document().countedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(received.document().kind()).isEqualTo("RESOLUTION");
    // the same document in a later export has the same id: imported once
    assertThat(
            reader
                .row(
                    9,
                    List.of(
                        "7",
                        "55/NQ-CP ",
                        "28/02/2026",
                        "03/03/2026",
                        "Nghị quyết",
                        "…",
                        "chính phủ",
                        "đến"))
                .document()
                .id())
        .isEqualTo(received.document().id());
  }

  @Test
  void eachProblemNamesTheRowTheColumnAndWhatToWrite() {
    OfficeDocumentReader reader =
        reader(List.of("Số, ký hiệu", "Ngày văn bản", "Loại văn bản", "Đi/đến"), null);
    OfficeDocumentReader.Row row = reader.row(7, List.of("", "31/02/2026", "Giấy khen", "ra"));
    assertThat(row.document()).isNull();
    assertThat(row.problems())
        .anySatisfy(p -> assertThat(p).startsWith("Dòng 7, cột \"Số, ký hiệu\": trống"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "Dòng 7, cột \"Ngày văn bản\": \"31/02/2026\" không phải ngày có thật"))
        .anySatisfy(p -> assertThat(p).contains("cột \"Loại văn bản\": \"Giấy khen\" không có"))
        .anySatisfy(p -> assertThat(p).contains("cột \"Đi/đến\": \"ra\" không rõ: ghi \"đi\""));
  }

  @Test
  void aFileWithoutTheDirectionColumnNeedsItsBookChosen() {
    assertThatThrownBy(() -> reader(List.of("Số, ký hiệu", "Ngày văn bản"), null))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("không có cột \"Đi/đến\"");
    OfficeDocumentReader.Row row =
        reader(List.of("Số, ký hiệu", "Ngày đến"), DocumentDirection.INCOMING)
            .row(2, List.of("10/SYT-KHTC", "04/03/2026"));
    assertThat(row.document().direction()).isEqualTo(DocumentDirection.INCOMING);
    assertThat(
            reader(List.of("Số, ký hiệu", "Ngày văn bản"), DocumentDirection.INCOMING)
                .row(2, List.of("10/SYT-KHTC", "04/03/2026"))
                .problems())
        .singleElement()
        .asString()
        .contains("cột \"Ngày đến\": không có trong tệp");
  }

  @Test
  void theSentencesNameListedKindsAndGroupTheRest() {
    DocumentFlow flow =
        new DocumentFlow(
            LocalDate.of(2025, 12, 15),
            LocalDate.of(2026, 12, 14),
            Map.of("LEGAL_NORMATIVE", 12L, "DECISION", 1_530L, "INVITATION", 40L, "MINUTES", 2L),
            18_204L);
    assertThat(new DocumentFlowText(KINDS).councilSentence(flow))
        .isEqualTo(
            "Từ ngày 15/12/2025 đến ngày 14/12/2026, UBND tỉnh, Chủ tịch UBND tỉnh đã ban hành"
                + " 1.584 văn bản, trong đó 12 văn bản quy phạm pháp luật, 1.530 quyết định và 42"
                + " văn bản khác; tiếp nhận, xử lý 18.204 văn bản đến.");
    assertThat(
            new DocumentFlowText(KINDS)
                .councilSentence(
                    new DocumentFlow(
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), Map.of(), 0)))
        .startsWith("Sổ văn bản đi, đến từ ngày 01/01/2026 đến ngày 31/01/2026 chưa được nhập");
  }
}
