package vn.gov.ubnd.workflow.calendar;

import java.time.LocalDate;

/**
 * Vietnamese lunisolar calendar, computed with the published astronomical method (new moons and
 * solar longitude after Meeus, "Astronomical Algorithms", as used for the Vietnamese calendar by Hồ
 * Ngọc Đức) at the time zone of Vietnam, UTC+7. Valid for 1900–2199.
 */
final class LunarCalendar {

  private static final double TIME_ZONE = 7.0;
  private static final double SYNODIC_MONTH = 29.530588853;
  private static final double JD_1900_NEW_MOON = 2415021.076998695;
  private static final long JD_OF_EPOCH_DAY_0 = 2440588;

  private LunarCalendar() {}

  /** The solar date of a day of the lunar calendar, outside leap months. */
  public static LocalDate toSolar(int lunarDay, int lunarMonth, int lunarYear) {
    if (lunarDay < 1 || lunarDay > 30 || lunarMonth < 1 || lunarMonth > 12) {
      throw new IllegalArgumentException(
          "no such lunar date: " + lunarDay + "/" + lunarMonth + "/" + lunarYear);
    }
    long a11;
    long b11;
    if (lunarMonth < 11) {
      a11 = lunarMonth11(lunarYear - 1);
      b11 = lunarMonth11(lunarYear);
    } else {
      a11 = lunarMonth11(lunarYear);
      b11 = lunarMonth11(lunarYear + 1);
    }
    int offset = lunarMonth - 11;
    if (offset < 0) {
      offset += 12;
    }
    if (b11 - a11 > 365) {
      // A leap year: months from the leap month on are shifted by one.
      int leapOffset = leapMonthOffset(a11);
      if (offset >= leapOffset) {
        offset += 1;
      }
    }
    long k = (long) Math.floor(0.5 + (a11 - JD_1900_NEW_MOON) / SYNODIC_MONTH);
    long monthStart = newMoonDay(k + offset);
    return fromJulianDay(monthStart + lunarDay - 1);
  }

  /** The first day of the lunar new year (mùng 1 Tết) that falls in the given solar year. */
  public static LocalDate lunarNewYear(int year) {
    return toSolar(1, 1, year);
  }

  static long julianDay(LocalDate date) {
    return date.toEpochDay() + JD_OF_EPOCH_DAY_0;
  }

  static LocalDate fromJulianDay(long jd) {
    return LocalDate.ofEpochDay(jd - JD_OF_EPOCH_DAY_0);
  }

  /** Julian day number (local) of the k-th new moon after 1 January 1900. */
  static long newMoonDay(long k) {
    return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
  }

  private static double newMoon(long k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double dr = Math.PI / 180;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
    double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
    c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
    c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
    c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
    c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
    c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
    c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
    double deltaT;
    if (t < -11) {
      deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
    } else {
      deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
    }
    return jd1 + c1 - deltaT;
  }

  /** Sector (0–11, of 30° each) of the sun's longitude at the start of a local day. */
  static int sunLongitudeSector(long dayNumber) {
    return (int) Math.floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
  }

  private static double sunLongitude(double jdn) {
    double t = (jdn - 2451545.0) / 36525;
    double t2 = t * t;
    double dr = Math.PI / 180;
    double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
    dl += (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
    double l = (l0 + dl) * dr;
    return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
  }

  /** Julian day of the start of the 11th lunar month (the one holding the winter solstice). */
  static long lunarMonth11(int year) {
    long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
    long k = (long) Math.floor(off / SYNODIC_MONTH);
    long nm = newMoonDay(k);
    if (sunLongitudeSector(nm) >= 9) {
      nm = newMoonDay(k - 1);
    }
    return nm;
  }

  /** Offset, from month 11, of the leap month: the first month without a major solar term. */
  static int leapMonthOffset(long a11) {
    long k = (long) Math.floor((a11 - JD_1900_NEW_MOON) / SYNODIC_MONTH + 0.5);
    int last;
    int i = 1;
    int arc = sunLongitudeSector(newMoonDay(k + i));
    do {
      last = arc;
      i++;
      arc = sunLongitudeSector(newMoonDay(k + i));
    } while (arc != last && i < 14);
    return i - 1;
  }
}
