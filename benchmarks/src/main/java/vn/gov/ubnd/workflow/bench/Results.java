package vn.gov.ubnd.workflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The table the benchmark prints: each figure beside its reference from the same run. */
final class Results {

  private record Row(String figure, String value, String reference, double ratio) {}

  private final List<Row> rows = new ArrayList<>();

  void add(String figure, String value, String reference, double ratio) {
    rows.add(new Row(figure, value, reference, ratio));
    System.out.printf("%-70s %-22s %-45s %s%n", figure, value, reference, ratio(ratio));
  }

  private static String ratio(double ratio) {
    return Double.isNaN(ratio) ? "—" : String.format("%.2f", ratio);
  }

  String markdown(String machine) {
    StringBuilder md = new StringBuilder();
    md.append("Machine: ").append(machine).append("\n\n");
    md.append("| figure | measured | reference (same run) | ratio |\n|---|---|---|---|\n");
    for (Row r : rows) {
      md.append("| ")
          .append(r.figure)
          .append(" | ")
          .append(r.value)
          .append(" | ")
          .append(r.reference)
          .append(" | ")
          .append(ratio(r.ratio))
          .append(" |\n");
    }
    return md.toString();
  }

  void write(Path file, String machine) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, markdown(machine));
  }
}
