package vn.gov.ubnd.workflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.ubnd.workflow.testing.InMemoryDocuments;

/** Only finished documents are served by name. */
class DocumentStorageTest {

  @TempDir Path folder;

  @Test
  void halfWrittenAndForeignFilesAreNotServed() throws Exception {
    DocumentStorage storage =
        new DocumentStorage(
            new DocumentProperties(folder.toString(), "http://localhost:8090"),
            new InMemoryDocuments(),
            Clock.systemUTC());
    storage.store("bao-cao-1.docx", new byte[] {1, 2, 3}, "FINAL", "1", "Báo cáo", "01/BC-UBND");
    Files.write(folder.resolve("bao-cao-2.docx12345.part"), new byte[] {9});
    Files.write(folder.resolve("ghi-chu.txt"), new byte[] {9});

    assertThat(storage.find("bao-cao-1.docx")).isPresent();
    assertThat(storage.find("bao-cao-2.docx12345.part")).isEmpty();
    assertThat(storage.find("ghi-chu.txt")).isEmpty();
    assertThat(storage.find("../bao-cao-1.docx")).isEmpty();
    assertThat(storage.find("khong-co.docx")).isEmpty();
  }
}
