package vn.gov.ubnd.workflow.council;

import java.util.Optional;
import java.util.function.Function;
import vn.gov.ubnd.workflow.input.OfficeInput;

/** Reads an enum typed by its code or its Vietnamese label, with or without diacritics. */
final class Labels {

  private Labels() {}

  static <E extends Enum<E>> Optional<E> parse(E[] values, String text, Function<E, String> label) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String typed = OfficeInput.folded(text);
    for (E value : values) {
      if (value.name().equalsIgnoreCase(text.strip())
          || OfficeInput.folded(label.apply(value)).equals(typed)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
