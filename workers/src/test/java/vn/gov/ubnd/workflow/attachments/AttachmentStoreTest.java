package vn.gov.ubnd.workflow.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.ubnd.workflow.accounts.Person;

/** Which files are kept and how a refusal reads; the records in memory, the files on disk. */
class AttachmentStoreTest {

  private static final Person CLERK = new Person("so-y-te-1", "Nguyễn Thị Lan");
  private static final String FIELD = "«Tệp kèm theo ý kiến phối hợp»";
  private static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path folder;

  private final Map<String, Attachment> records = new HashMap<>();
  private final AttachmentIndex index =
      new AttachmentIndex() {
        @Override
        public void put(Attachment attachment) {
          records.put(attachment.id(), attachment);
        }

        @Override
        public Optional<Attachment> find(String id) {
          return Optional.ofNullable(records.get(id));
        }
      };

  private AttachmentStore store(int maxMegabytes) {
    return new AttachmentStore(
        folder.resolve("attachments"),
        new AttachmentProperties(maxMegabytes),
        index,
        Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
  }

  private static InputStream bytes(byte[] content) {
    return new ByteArrayInputStream(content);
  }

  @Test
  void aPdfIsKeptWithItsNameAsTypedItsSizeAndDigest() throws IOException {
    Attachment kept =
        store(20)
            .store(
                "directive:12/TB-UBND",
                FIELD,
                "C:\\Users\\lan\\Desktop\\Báo cáo số liệu giải ngân.pdf",
                bytes(PDF),
                CLERK);

    assertThat(kept.fileName()).isEqualTo("Báo cáo số liệu giải ngân.pdf");
    assertThat(kept.kind()).isEqualTo(AttachmentKind.PDF);
    assertThat(kept.size()).isEqualTo(PDF.length);
    assertThat(kept.sha256()).hasSize(64);
    assertThat(kept.uploadedByName()).isEqualTo("Nguyễn Thị Lan");
    assertThat(Files.readAllBytes(store(20).file(kept))).isEqualTo(PDF);
    assertThat(store(20).find(kept.id())).contains(kept);
    assertThat(FileLink.of(kept).url()).isEqualTo("/api/portal/attachments/" + kept.id());
  }

  @Test
  void officeFilesAndPicturesAreKnownByTheirFirstBytes() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
    byte[] ole = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0
    };
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};
    AttachmentStore store = store(20);
    assertThat(store.store("o", FIELD, "so-lieu.xlsx", bytes(zip), CLERK).kind())
        .isEqualTo(AttachmentKind.XLSX);
    assertThat(store.store("o", FIELD, "cong-van.DOCX", bytes(zip), CLERK).kind())
        .isEqualTo(AttachmentKind.DOCX);
    assertThat(store.store("o", FIELD, "cu.doc", bytes(ole), CLERK).kind())
        .isEqualTo(AttachmentKind.DOC);
    assertThat(store.store("o", FIELD, "anh chup.JPG", bytes(jpeg), CLERK).kind())
        .isEqualTo(AttachmentKind.JPEG);
    assertThat(store.store("o", FIELD, "so-do.png", bytes(png), CLERK).kind())
        .isEqualTo(AttachmentKind.PNG);
  }

  @Test
  void aProgramRenamedAsPdfIsRefusedAndNothingIsKept() throws IOException {
    byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    assertThatThrownBy(() -> store(20).store("o", FIELD, "bao-cao.pdf", bytes(program), CLERK))
        .isInstanceOf(AttachmentRefusedException.class)
        .hasMessage(
            FIELD
                + ": nội dung tệp \"bao-cao.pdf\" không phải tệp PDF như tên tệp ghi: mở tệp bằng"
                + " phần mềm của nó, lưu lại đúng loại rồi gửi lại.");
    assertThat(records).isEmpty();
    try (var left = Files.list(folder.resolve("attachments"))) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aKindTheOfficeDoesNotUseAnEmptyFileAndNoNameAreRefusedNamingTheField() {
    assertThatThrownBy(() -> store(20).store("o", FIELD, "cai-dat.exe", bytes(PDF), CLERK))
        .hasMessage(
            FIELD
                + ": tệp \"cai-dat.exe\" không thuộc loại được nhận; gửi tệp .pdf, .docx, .xlsx,"
                + " .doc, .xls, .jpg, .png.");
    assertThatThrownBy(() -> store(20).store("o", FIELD, "rong.pdf", bytes(new byte[0]), CLERK))
        .hasMessage(FIELD + ": tệp \"rong.pdf\" rỗng: chọn lại tệp có nội dung.");
    assertThatThrownBy(() -> store(20).store("o", FIELD, "  ", bytes(PDF), CLERK))
        .hasMessageStartingWith(FIELD + ": tệp không có tên");
    assertThat(records).isEmpty();
  }

  @Test
  void aFileOverTheLimitIsRefusedWhileItIsReadAndNothingIsKept() throws IOException {
    byte[] big = new byte[1024 * 1024 + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);

    assertThatThrownBy(() -> store(1).store("o", FIELD, "ban-quet.pdf", bytes(big), CLERK))
        .hasMessage(
            FIELD
                + ": tệp \"ban-quet.pdf\" lớn hơn 1 MB: nén, giảm độ phân giải bản quét hoặc chia"
                + " thành nhiều tệp.");
    assertThat(records).isEmpty();
    try (var left = Files.list(folder.resolve("attachments"))) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void anIdThatIsNotOneOfOursFindsNothing() {
    assertThat(store(20).find("../../etc/passwd")).isEmpty();
    assertThat(store(20).find(null)).isEmpty();
  }
}
