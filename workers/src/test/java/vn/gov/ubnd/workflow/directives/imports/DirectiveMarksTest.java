package vn.gov.ubnd.workflow.directives.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.CatalogFile;

/**
 * The two yes/no columns the monthly report counts by: marked, left empty, or written wrongly (the
 * row is refused with its column named, never taken as "no").
 */
class DirectiveMarksTest {

  @TempDir Path folder;

  private List<DirectiveFileReader.FileRow> read(String csv) throws Exception {
    Catalog catalog;
    try (InputStream in = getClass().getResourceAsStream("/data/catalog.yaml")) {
      catalog = CatalogFile.read(in, "catalog.yaml");
    }
    Path file = folder.resolve("list.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    List<DirectiveFileReader.FileRow> rows = new ArrayList<>();
    new DirectiveFileReader(catalog).read(file, TableReader.Format.CSV, rows::add);
    return rows;
  }

  @Test
  void marksAreReadAsYesNoOrRefused() throws Exception {
    List<DirectiveFileReader.FileRow> rows =
        read(
            "Số hiệu;Trích yếu;Đơn vị chủ trì;Chương trình công tác;Chính phủ, Thủ tướng giao\n"
                + "NV-1;Một;STC;Có;\n"
                + "NV-2;Hai;STC;;x\n"
                + "NV-3;Ba;STC;không;Không\n"
                + "NV-4;Bốn;STC;có lẽ;\n");
    assertThat(rows.get(0).input().workProgrammeItem()).isTrue();
    assertThat(rows.get(0).input().centralGovernmentTask()).isFalse();
    assertThat(rows.get(1).input().workProgrammeItem()).isFalse();
    assertThat(rows.get(1).input().centralGovernmentTask()).isTrue();
    assertThat(rows.get(2).input().workProgrammeItem()).isFalse();
    assertThat(rows.get(2).input().centralGovernmentTask()).isFalse();
    assertThat(rows.subList(0, 3)).allMatch(r -> r.problems().isEmpty());
    assertThat(rows.get(3).problems())
        .containsExactly(
            "Cột «Chương trình công tác» ghi \"có lẽ\": ghi «Có» (hoặc x) nếu đúng, để trống hoặc"
                + " ghi «Không» nếu không.");
  }

  @Test
  void aListWithoutTheColumnsMarksNothing() throws Exception {
    DirectiveFileReader.FileRow row =
        read("Số hiệu;Trích yếu;Đơn vị chủ trì\nNV-1;Một;STC\n").get(0);
    assertThat(row.input().workProgrammeItem()).isFalse();
    assertThat(row.input().centralGovernmentTask()).isFalse();
    assertThat(row.problems()).isEmpty();
  }
}
