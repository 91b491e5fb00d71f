package vn.gov.ubnd.workflow.officedocuments;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * The kinds of document of Decree 30/2020/NĐ-CP as the office's table maps an e-office export's
 * words to them ({@code data/document-kinds.yaml}).
 *
 * @param kinds in the order the reports name them
 */
public record DocumentKinds(List<Kind> kinds) {

  /** The code of the one kind counted by the year in a number, not by a word. */
  public static final String LEGAL_NORMATIVE = "LEGAL_NORMATIVE";

  /** The kind of a number whose symbol names none: a letter ("123/UBND-KT"). */
  static final String OFFICIAL_LETTER = "OFFICIAL_LETTER";

  /**
   * A kind of document.
   *
   * @param code its identifier in the index
   * @param name as a report writes it ("quyết định")
   * @param listed the reports name it; the others count as "văn bản khác"
   * @param symbols the abbreviations its numbers carry ("QĐ")
   * @param aliases other words an export writes for it
   */
  public record Kind(
      String code, String name, boolean listed, List<String> symbols, List<String> aliases) {
    public Kind {
      symbols = symbols == null ? List.of() : List.copyOf(symbols);
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
  }

  /** "12/2026/QĐ-UBND": a legal normative document carries its year between two slashes. */
  private static final Pattern YEAR_IN_NUMBER =
      Pattern.compile("^\\s*\\d+\\s*/\\s*(19|20)\\d{2}\\s*/");

  /** "123/QĐ-UBND" → "QĐ"; "123/UBND-KT" → "UBND". */
  private static final Pattern SYMBOL =
      Pattern.compile("^\\s*\\d+[a-zA-Z]?\\s*/(?:\\s*\\d{4}\\s*/)?\\s*([^-/\\s]+)");

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  public DocumentKinds {
    kinds = List.copyOf(kinds);
    if (kinds.stream().noneMatch(k -> k.code().equals(LEGAL_NORMATIVE))
        || kinds.stream().noneMatch(k -> k.code().equals(OFFICIAL_LETTER))) {
      throw new IllegalArgumentException(
          "document kinds: the table must keep the kinds "
              + LEGAL_NORMATIVE
              + " and "
              + OFFICIAL_LETTER);
    }
  }

  public static DocumentKinds read(InputStream in, String origin) {
    try {
      return YAML.readValue(in, DocumentKinds.class);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the document kinds " + origin + ": " + e.getMessage(), e);
    }
  }

  public Optional<Kind> byCode(String code) {
    return kinds.stream().filter(k -> k.code().equals(code)).findFirst();
  }

  /** The kind an export's word names: its name, an alias or its symbol, any case, any accents. */
  public Optional<Kind> byWord(String word) {
    if (word == null || word.isBlank()) {
      return Optional.empty();
    }
    String wanted = key(word);
    return Optional.ofNullable(words().get(wanted));
  }

  /**
   * The kind a document is counted as: the word given (or, with none, its number's symbol), and a
   * decision, resolution or directive whose number carries a year is legal normative. Empty when
   * the word names no kind.
   */
  public Optional<Kind> of(String word, String number) {
    Optional<Kind> kind =
        word == null || word.isBlank() ? Optional.of(bySymbol(number)) : byWord(word);
    if (kind.isPresent()
        && number != null
        && YEAR_IN_NUMBER.matcher(number).find()
        && List.of("DECISION", "RESOLUTION", "DIRECTIVE").contains(kind.get().code())) {
      return byCode(LEGAL_NORMATIVE);
    }
    return kind;
  }

  /** The kind its number's symbol says; a symbol naming none is a letter's (Decree 30). */
  Kind bySymbol(String number) {
    Matcher m = SYMBOL.matcher(number == null ? "" : number);
    if (m.find()) {
      String symbol = key(m.group(1));
      for (Kind k : kinds) {
        if (k.symbols().stream().anyMatch(s -> key(s).equals(symbol))) {
          return k;
        }
      }
    }
    return byCode(OFFICIAL_LETTER).orElseThrow();
  }

  private Map<String, Kind> words() {
    Map<String, Kind> words = new HashMap<>();
    for (Kind k : kinds) {
      words.putIfAbsent(key(k.code()), k);
      words.putIfAbsent(key(k.name()), k);
      k.aliases().forEach(a -> words.putIfAbsent(key(a), k));
      k.symbols().forEach(s -> words.putIfAbsent(key(s), k));
    }
    return words;
  }

  private static String key(String text) {
    return OfficeInput.folded(text).replaceAll("[^a-z0-9]", "");
  }
}
