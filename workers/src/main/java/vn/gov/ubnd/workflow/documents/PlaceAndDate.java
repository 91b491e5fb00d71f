package vn.gov.ubnd.workflow.documents;

import java.time.LocalDate;

/**
 * The place and date line of Decree 30/2020 (Phụ lục I): "Đồng Nai, ngày 05 tháng 3 năm 2026". Days
 * 1–9 and months 1–2 take a leading zero.
 */
public final class PlaceAndDate {

  private PlaceAndDate() {}

  public static String format(String place, LocalDate date) {
    String day =
        date.getDayOfMonth() < 10
            ? "0" + date.getDayOfMonth()
            : Integer.toString(date.getDayOfMonth());
    int m = date.getMonthValue();
    String month = m <= 2 ? "0" + m : Integer.toString(m);
    return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
  }

  /** The line of a draft, with the day and month left for the clerk who issues it. */
  public static String blank(String place, int year) {
    return place + ", ngày      tháng      năm " + year;
  }
}
