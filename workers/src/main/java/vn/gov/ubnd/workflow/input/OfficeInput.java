package vn.gov.ubnd.workflow.input;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the office's typed values are read and its mistakes worded, the same in every form, the API
 * and an imported row: dates as the API sends them (2026-03-05, or a form's date-time) or as an
 * office writes them (05/03/2026, day first), within a sane range of years; texts within a length;
 * a wrong value quoted short. Each reader adds its problem to the list and answers null.
 */
public final class OfficeInput {

  /** Years a date may fall in: wider than any record an office keeps. */
  public static final int FIRST_YEAR = 1990;

  public static final int LAST_YEAR = 2100;

  private static final Pattern ISO_DATE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T[0-9:.+\\-Z]*)?");
  private static final Pattern VN_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final DateTimeFormatter STRICT_ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  private OfficeInput() {}

  /** The date as an office reads it: 05/03/2026. */
  public static String vn(LocalDate date) {
    return date == null ? "" : VN.format(date);
  }

  /**
   * A date as an office writes it (5/3/2026, 05/03/2026) as ISO; anything else as it was, for the
   * validation to word ({@link #date}), or null when blank. For imported rows, whose problems are
   * collected later.
   */
  public static String isoIfWrittenVn(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    Matcher vn = VN_DATE.matcher(v);
    if (!vn.matches()) {
      return v;
    }
    try {
      return LocalDate.of(
              Integer.parseInt(vn.group(3)),
              Integer.parseInt(vn.group(2)),
              Integer.parseInt(vn.group(1)))
          .toString();
    } catch (DateTimeException e) {
      return v;
    }
  }

  /** A date typed for the field named by label, or null with the problem added. */
  public static LocalDate date(String text, String label, List<String> problems) {
    String value = text.trim();
    LocalDate date;
    try {
      Matcher iso = ISO_DATE.matcher(value);
      Matcher vn = VN_DATE.matcher(value);
      if (iso.matches()) {
        date = LocalDate.parse(iso.group(1), STRICT_ISO);
      } else if (vn.matches()) {
        date =
            LocalDate.of(
                Integer.parseInt(vn.group(3)),
                Integer.parseInt(vn.group(2)),
                Integer.parseInt(vn.group(1)));
      } else {
        problems.add(
            label
                + " \""
                + shown(value)
                + "\" không phải là ngày: ghi ngày/tháng/năm, ví dụ 05/03/2026.");
        return null;
      }
    } catch (DateTimeException e) {
      problems.add(
          label
              + " \""
              + shown(value)
              + "\" không phải ngày có thật (ngày/tháng/năm): kiểm tra lại ngày và tháng, ví dụ"
              + " 05/03/2026.");
      return null;
    }
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      problems.add(
          label
              + " \""
              + shown(value)
              + "\" nằm ngoài khoảng năm "
              + FIRST_YEAR
              + "–"
              + LAST_YEAR
              + ": kiểm tra lại năm.");
      return null;
    }
    return date;
  }

  /** Adds a problem when the text is longer than max characters. */
  public static void tooLong(String text, String label, int max, List<String> problems) {
    if (text != null && text.length() > max) {
      problems.add(
          label
              + " dài "
              + thousands(text.length())
              + " ký tự, quá giới hạn "
              + thousands(max)
              + " ký tự: rút gọn lại, phần chi tiết để trong văn bản kèm theo.");
    }
  }

  /** A value as a message quotes it: whole up to 40 characters. */
  public static String shown(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  /** The text as compared with a list's words: lower case, no diacritics, đ as d. */
  public static String folded(String text) {
    return Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace('đ', 'd');
  }

  public static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** 20.001, as Vietnamese writes thousands. */
  public static String thousands(long n) {
    return String.format("%,d", n).replace(',', '.');
  }

  /** 107,5: a decimal as Vietnamese writes it, with the digits it has. */
  public static String decimal(BigDecimal value) {
    return value.toPlainString().replace('.', ',');
  }

  /** 62,6%. */
  public static String percent(BigDecimal value) {
    return decimal(value) + "%";
  }

  /** A moment as the office reads it: 14:05 05/03/2026, in the zone given. */
  public static String vn(ZonedDateTime moment) {
    return moment == null ? "" : MOMENT.format(moment);
  }
}
