package vn.gov.ubnd.workflow.council;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.CouncilField;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * Checks a petition's or a commitment's own fields against the catalog; every problem names the
 * field and what to write. A petition needs its session, the round's timing and the Council
 * committee's field; a commitment its session and the official who answered.
 */
public final class CouncilItemReader {

  private static final int MAX_SHORT = 300;

  private final Catalog catalog;

  public CouncilItemReader(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The item, or null when nothing was typed or something is wrong (then added to problems). */
  public CouncilItem read(CouncilItemInput in, List<String> problems) {
    if (in == null || in.isEmpty()) {
      return null;
    }
    int before = problems.size();
    CouncilItemKind kind =
        required(in.kind(), "Loại việc", CouncilItemKind.values(), CouncilItemKind::label, problems)
            .orElse(null);
    String session = text(in.sessionName(), "Kỳ họp", problems);
    if (session == null) {
      problems.add(
          "Thiếu «Kỳ họp»: ghi kỳ họp HĐND tỉnh, ví dụ \"Kỳ họp thứ 12, HĐND tỉnh khóa X\".");
    }
    RoundTiming timing = null;
    CouncilField field = null;
    if (kind == CouncilItemKind.PETITION) {
      timing =
          required(
                  in.roundTiming(),
                  "Thời điểm tiếp xúc cử tri",
                  RoundTiming.values(),
                  RoundTiming::label,
                  problems)
              .orElse(null);
      field = field(in.councilField(), problems);
    }
    String official = text(in.answeringOfficial(), "Người trả lời chất vấn", problems);
    if (kind == CouncilItemKind.COMMITMENT && official == null) {
      problems.add(
          "Thiếu «Người trả lời chất vấn»: ghi chức vụ và họ tên người đã trả lời và cam kết.");
    }
    String locality = text(in.voterLocality(), "Địa phương cử tri", problems);
    String delegate = text(in.delegate(), "Đại biểu chất vấn", problems);
    if (problems.size() > before) {
      return null;
    }
    return CouncilItem.registered(
        kind,
        session,
        timing,
        kind == CouncilItemKind.PETITION ? locality : null,
        field == null ? null : field.code(),
        field == null ? null : field.name(),
        kind == CouncilItemKind.COMMITMENT ? delegate : null,
        kind == CouncilItemKind.COMMITMENT ? official : null);
  }

  private CouncilField field(String typed, List<String> problems) {
    String names =
        catalog.councilFields().stream()
            .map(f -> "«" + f.name() + "»")
            .collect(Collectors.joining(", "));
    if (OfficeInput.blank(typed)) {
      problems.add("Thiếu «Lĩnh vực» của kiến nghị: ghi một trong " + names + ".");
      return null;
    }
    String folded = OfficeInput.folded(typed);
    Optional<CouncilField> found =
        catalog
            .councilField(typed.strip())
            .or(
                () ->
                    catalog.councilFields().stream()
                        .filter(f -> OfficeInput.folded(f.name()).equals(folded))
                        .findFirst());
    if (found.isEmpty()) {
      problems.add(
          "«Lĩnh vực» \""
              + OfficeInput.shown(typed.strip())
              + "\" không có: ghi một trong "
              + names
              + ".");
    }
    return found.orElse(null);
  }

  private static <E extends Enum<E>> Optional<E> required(
      String typed, String label, E[] values, Function<E, String> labelOf, List<String> problems) {
    String choices =
        Arrays.stream(values)
            .map(v -> "«" + labelOf.apply(v) + "»")
            .collect(Collectors.joining(" hoặc "));
    if (OfficeInput.blank(typed)) {
      problems.add("Thiếu «" + label + "»: ghi " + choices + ".");
      return Optional.empty();
    }
    Optional<E> value = Labels.parse(values, typed, labelOf);
    if (value.isEmpty()) {
      problems.add(
          "«"
              + label
              + "» \""
              + OfficeInput.shown(typed.strip())
              + "\" không có: ghi "
              + choices
              + ".");
    }
    return value;
  }

  private static String text(String typed, String label, List<String> problems) {
    if (OfficeInput.blank(typed)) {
      return null;
    }
    OfficeInput.tooLong(typed, label, MAX_SHORT, problems);
    return typed.strip();
  }
}
