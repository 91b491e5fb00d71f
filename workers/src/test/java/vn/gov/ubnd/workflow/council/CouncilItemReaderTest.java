package vn.gov.ubnd.workflow.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.catalog.CatalogFile;

/** A petition's and a commitment's own fields, read against the catalog's Council fields. */
class CouncilItemReaderTest {

  private CouncilItemReader reader;
  private final List<String> problems = new ArrayList<>();

  @BeforeEach
  void catalog() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/data/catalog.yaml")) {
      reader = new CouncilItemReader(CatalogFile.read(in, "catalog.yaml"));
    }
  }

  @Test
  void aPetitionTypedWithoutDiacriticsIsReadToItsCodes() {
    CouncilItem item =
        reader.read(
            new CouncilItemInput(
                "kien nghi cu tri",
                " Kỳ họp thứ 12 ",
                "TRƯỚC KỲ HỌP",
                "Phường Trấn Biên",
                "van hoa - xa hoi",
                "ignored for a petition",
                null),
            problems);
    assertThat(problems).isEmpty();
    assertThat(item.kind()).isEqualTo(CouncilItemKind.PETITION);
    assertThat(item.sessionName()).isEqualTo("Kỳ họp thứ 12");
    assertThat(item.roundTiming()).isEqualTo(RoundTiming.BEFORE_SESSION);
    assertThat(item.councilField()).isEqualTo("VHXH");
    assertThat(item.councilFieldName()).isEqualTo("Văn hóa - Xã hội");
    assertThat(item.delegate()).isNull();
    assertThat(item.answerCategory()).isNull();
  }

  @Test
  void everyMissingFieldIsNamedWithWhatToWrite() {
    assertThat(
            reader.read(
                new CouncilItemInput("COMMITMENT", null, null, null, null, null, null), problems))
        .isNull();
    assertThat(problems)
        .containsExactly(
            "Thiếu «Kỳ họp»: ghi kỳ họp HĐND tỉnh, ví dụ \"Kỳ họp thứ 12, HĐND tỉnh khóa X\".",
            "Thiếu «Người trả lời chất vấn»: ghi chức vụ và họ tên người đã trả lời và cam kết.");
    problems.clear();
    reader.read(
        new CouncilItemInput("Chất vấn", "Kỳ họp thứ 12", null, null, null, null, null), problems);
    assertThat(problems)
        .containsExactly(
            "«Loại việc» \"Chất vấn\" không có: ghi «Kiến nghị cử tri» hoặc «Cam kết trả lời chất"
                + " vấn».");
  }

  @Test
  void nothingTypedIsADirective() {
    assertThat(reader.read(new CouncilItemInput(null, " ", null, null, null, null, null), problems))
        .isNull();
    assertThat(problems).isEmpty();
  }

  @Test
  void aRetriedCarryOverCountsOnceAndASecondRoadmapCountsAgain() {
    CouncilItem item =
        CouncilItem.registered(
            CouncilItemKind.PETITION,
            "Kỳ họp thứ 12",
            null,
            null,
            "KTNS",
            "Kinh tế - Ngân sách",
            null,
            null);
    LocalDate june = LocalDate.parse("2027-06-30");
    CouncilItem once = item.carriedOver("Thi công quý II/2027", june);
    assertThat(once.carriedOver("Thi công quý II/2027", june).carryOvers()).isEqualTo(1);
    assertThat(once.carriedOver("Thi công quý IV/2027", june.plusMonths(6)).carryOvers())
        .isEqualTo(2);
    assertThat(once.answered(AnswerCategory.RESOLVED).roadmap()).isEqualTo("Thi công quý II/2027");
  }
}
