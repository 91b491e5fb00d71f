package vn.gov.ubnd.workflow.directives;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.gov.ubnd.workflow.input.OfficeInput;

/** The office's percentages: shares of one base printed so that they add up to 100,0%. */
public final class Shares {

  private Shares() {}

  /**
   * Shares of one base that together make it whole (done, in progress, overdue), one decimal each,
   * printed so that they add up to 100,0%. The rule (largest remainder, Hamilton): each share is
   * cut to its tenth, and the tenths still missing go one each to the shares that lost the most in
   * the cut, the earlier share first on a tie. It gives the same figures as rounding half up
   * whenever those add up (912 directives, 571/90/251: 62,6%, 9,9%, 27,5%), and otherwise moves one
   * tenth where the cut lost most (three equal thirds: 33,4%, 33,3%, 33,3%). Exact decimal
   * arithmetic throughout.
   */
  public static List<DirectiveStatistics.Share> of(int base, int... counts) {
    List<DirectiveStatistics.Share> shares = new ArrayList<>();
    if (base == 0) {
      for (int count : counts) {
        shares.add(new DirectiveStatistics.Share(count, null, "không xác định"));
      }
      return shares;
    }
    long[] tenths = new long[counts.length];
    long[] remainders = new long[counts.length];
    long given = 0;
    for (int i = 0; i < counts.length; i++) {
      // tenths of a percent: count * 1000 / base, remainder kept exact
      tenths[i] = counts[i] * 1000L / base;
      remainders[i] = counts[i] * 1000L % base;
      given += tenths[i];
    }
    long whole = Arrays.stream(counts).asLongStream().sum() * 1000L / base;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> Long.compare(remainders[b], remainders[a]));
    for (int k = 0; given < whole && k < order.size(); k++, given++) {
      tenths[order.get(k)]++;
    }
    for (int i = 0; i < counts.length; i++) {
      BigDecimal percent = BigDecimal.valueOf(tenths[i], 1);
      shares.add(new DirectiveStatistics.Share(counts[i], percent, OfficeInput.percent(percent)));
    }
    return shares;
  }
}
