package vn.gov.ubnd.workflow.monthlyreport;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The monthly report's charts as PNG, drawn headless: status by agency (stacked bars) and the
 * month-by-month trend of the year (lines). Labels are Vietnamese, so the font must have its
 * letters: DejaVu Sans or Liberation Sans where installed (fonts-dejavu-core on Debian), else
 * Java's logical sans-serif.
 */
final class MonthlyCharts {

  private static final int WIDTH = 1600;
  private static final Color DONE = new Color(0x2E7D32);
  private static final Color IN_PROGRESS = new Color(0x1565C0);
  private static final Color OVERDUE = new Color(0xC62828);
  private static final Color ASSIGNED = new Color(0x616161);
  private static final String FONT = font();

  private static String font() {
    String[] installed =
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
    for (String wanted : new String[] {"DejaVu Sans", "Liberation Sans", "Arial"}) {
      if (Arrays.asList(installed).contains(wanted)) {
        return wanted;
      }
    }
    return Font.SANS_SERIF;
  }

  private MonthlyCharts() {}

  /** A chart drawn: the PNG and its size in pixels. */
  public record Chart(byte[] png, int width, int height) {

    /** Its printed height at a printed width, keeping its proportions. */
    public int heightAt(int widthMm) {
      return widthMm * height / width;
    }
  }

  /** Stacked bars per agency: completed, in progress, overdue. Height grows with the agencies. */
  public static Chart statusByAgency(MonthlyFigures figures) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (MonthlyFigures.AgencyCounts a : figures.agencies()) {
      data.addValue(a.done(), "Đã hoàn thành", a.name());
      data.addValue(a.inProgress(), "Đang thực hiện", a.name());
      data.addValue(a.overdue(), "Quá hạn", a.name());
    }
    JFreeChart chart =
        new JFreeChart(
            "Tình hình thực hiện nhiệm vụ theo đơn vị chủ trì",
            new Font(FONT, Font.BOLD, 30),
            new CategoryPlot(data, null, new NumberAxis("Số nhiệm vụ"), new StackedBarRenderer()),
            true);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setDomainAxis(new CategoryAxis());
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    // The theme resets series colours: applied first, the report's colours after it.
    style(chart);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, DONE);
    renderer.setSeriesPaint(1, IN_PROGRESS);
    renderer.setSeriesPaint(2, OVERDUE);
    renderer.setShadowVisible(false);
    renderer.setBarPainter(new StandardBarPainter());
    return png(chart, WIDTH, Math.max(500, 220 + 70 * figures.agencies().size()));
  }

  /** Lines per month of the year: assigned, completed, overdue as each month stood. */
  public static Chart trend(MonthlyFigures figures) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (MonthlyFigures.MonthCounts m : figures.trend()) {
      data.addValue(m.assigned(), "Được giao", m.label());
      data.addValue(m.done(), "Đã hoàn thành", m.label());
      data.addValue(m.overdue(), "Quá hạn", m.label());
    }
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    JFreeChart chart =
        new JFreeChart(
            "Nhiệm vụ được giao và kết quả từng tháng",
            new Font(FONT, Font.BOLD, 30),
            new CategoryPlot(
                data, new CategoryAxis("Tháng"), new NumberAxis("Số nhiệm vụ"), renderer),
            true);
    style(chart);
    renderer.setSeriesPaint(0, ASSIGNED);
    renderer.setSeriesPaint(1, DONE);
    renderer.setSeriesPaint(2, OVERDUE);
    for (int i = 0; i < 3; i++) {
      renderer.setSeriesStroke(i, new BasicStroke(4f));
    }
    return png(chart, WIDTH, 800);
  }

  private static void style(JFreeChart chart) {
    StandardChartTheme theme = new StandardChartTheme("ubnd");
    theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 30));
    theme.setLargeFont(new Font(FONT, Font.BOLD, 24));
    theme.setRegularFont(new Font(FONT, Font.PLAIN, 22));
    theme.setSmallFont(new Font(FONT, Font.PLAIN, 20));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setRangeGridlinePaint(new Color(0xBDBDBD));
    theme.setBarPainter(new StandardBarPainter());
    theme.setShadowVisible(false);
    theme.apply(chart);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    ((NumberAxis) chart.getCategoryPlot().getRangeAxis())
        .setStandardTickUnits(NumberAxis.createIntegerTickUnits());
  }

  private static Chart png(JFreeChart chart, int width, int height) {
    BufferedImage image = chart.createBufferedImage(width, height);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return new Chart(out.toByteArray(), width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
