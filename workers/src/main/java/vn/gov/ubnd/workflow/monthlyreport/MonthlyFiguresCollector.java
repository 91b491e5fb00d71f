package vn.gov.ubnd.workflow.monthlyreport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.directives.AgencyFiguresSource;
import vn.gov.ubnd.workflow.directives.AgencyRanking;
import vn.gov.ubnd.workflow.directives.DirectiveFilter;
import vn.gov.ubnd.workflow.directives.DirectiveStatistics;
import vn.gov.ubnd.workflow.directives.DirectiveStatisticsSource;
import vn.gov.ubnd.workflow.directives.RankingProperties;
import vn.gov.ubnd.workflow.documents.DocumentNumber;
import vn.gov.ubnd.workflow.documents.RegisterStore;
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.officedocuments.DocumentFlowText;
import vn.gov.ubnd.workflow.officedocuments.DocumentFlows;
import vn.gov.ubnd.workflow.officedocuments.DocumentKinds;

/**
 * Takes a month's figures from the index: each count is an aggregation of the statistics source (no
 * directive is read one by one), the overdue list its bounded hits, the documents the register
 * entries of the month. The trend asks once per month of the year to date (twelve at most).
 */
@Component
class MonthlyFiguresCollector {

  /** Overdue directives are listed whenever they were assigned: from the first year accepted. */
  private static final LocalDate EVER = LocalDate.of(OfficeInput.FIRST_YEAR, 1, 1);

  private static final int DOCUMENTS_LISTED = 200;

  private final DirectiveStatisticsSource statistics;
  private final RegisterStore register;
  private final MonthlyReportProperties properties;
  private final AgencyFiguresSource agencyFigures;
  private final RankingProperties ranking;
  private final ReportingMonths months;
  private final DocumentFlows documentFlows;
  private final DocumentFlowText documentFlowText;

  public MonthlyFiguresCollector(
      DirectiveStatisticsSource statistics,
      RegisterStore register,
      MonthlyReportProperties properties,
      AgencyFiguresSource agencyFigures,
      RankingProperties ranking,
      DocumentFlows documentFlows,
      DocumentKinds documentKinds) {
    this.documentFlows = documentFlows;
    this.documentFlowText = new DocumentFlowText(documentKinds);
    this.agencyFigures = agencyFigures;
    this.ranking = ranking;
    this.statistics = statistics;
    this.register = register;
    this.properties = properties;
    this.months = new ReportingMonths(properties);
  }

  public MonthlyFigures collect(ReportingMonths.Period period, LocalDate today) {
    LocalDate asOf = today.isBefore(period.to()) ? today : period.to();
    DirectiveStatistics month = statistics.statistics(period.from(), period.to(), asOf, 0);
    DirectiveStatistics year = statistics.statistics(period.yearFrom(), period.to(), asOf, 0);
    DirectiveStatistics programme =
        statistics.statistics(period.from(), period.to(), asOf, 0, DirectiveFilter.workProgramme());
    DirectiveStatistics central =
        statistics.statistics(
            period.yearFrom(), period.to(), asOf, 0, DirectiveFilter.centralGovernment());
    DirectiveStatistics overdue =
        statistics.statistics(EVER, period.to(), asOf, properties.overdueListed());
    RegisterStore.Issued issued =
        register.issuedBetween(period.from(), period.to(), DOCUMENTS_LISTED);
    return new MonthlyFigures(
        period.month().toString(),
        period.from().toString(),
        period.to().toString(),
        period.yearFrom().toString(),
        period.monthsOfYear(),
        asOf.toString(),
        counts(month),
        counts(year),
        counts(programme),
        counts(central),
        statistics.sourceDocuments(
            period.yearFrom(), period.to(), asOf, DirectiveFilter.centralGovernment()),
        agencies(year),
        AgencyRanking.rank(
            agencyFigures.figures(period.yearFrom(), period.to(), asOf),
            ranking.order(),
            ranking.minimumBase()),
        String.join(", ", ranking.order().stream().map(k -> k.label()).toList()),
        trend(period, asOf),
        overdue.overdue(),
        overdueRows(overdue),
        issued.total(),
        issued.entries().stream()
            .map(
                e ->
                    new MonthlyFigures.IssuedDocument(
                        new DocumentNumber(e.year(), e.sequence(), e.series()).formatted(),
                        e.issuedOn().toString(),
                        e.summary()))
            .toList(),
        documentFlowText.monthlySentence(documentFlows.flow(period.from(), period.to())));
  }

  static MonthlyFigures.Counts counts(DirectiveStatistics s) {
    DirectiveStatistics.Summary summary = s.summary();
    return new MonthlyFigures.Counts(
        s.assigned(),
        s.withdrawn(),
        summary.base(),
        summary.done().count(),
        s.completedOnTime(),
        summary.inProgress().count(),
        summary.overdue().count(),
        summary.done().percentText(),
        summary.inProgress().percentText(),
        summary.overdue().percentText());
  }

  /** The agencies with most directives one by one, the others summed as one bar. */
  private List<MonthlyFigures.AgencyCounts> agencies(DirectiveStatistics year) {
    List<DirectiveStatistics.GroupCounts> sorted =
        year.byAgency().stream()
            .sorted(
                Comparator.comparing(DirectiveStatistics.GroupCounts::assigned)
                    .reversed()
                    .thenComparing(DirectiveStatistics.GroupCounts::code))
            .toList();
    List<MonthlyFigures.AgencyCounts> agencies = new ArrayList<>();
    int done = 0;
    int inProgress = 0;
    int overdue = 0;
    for (int i = 0; i < sorted.size(); i++) {
      DirectiveStatistics.GroupCounts g = sorted.get(i);
      if (i < properties.chartAgencies()) {
        agencies.add(
            new MonthlyFigures.AgencyCounts(g.name(), g.completed(), g.inProgress(), g.overdue()));
      } else {
        done += g.completed();
        inProgress += g.inProgress();
        overdue += g.overdue();
      }
    }
    if (sorted.size() > properties.chartAgencies()) {
      agencies.add(new MonthlyFigures.AgencyCounts("Các đơn vị khác", done, inProgress, overdue));
    }
    return agencies;
  }

  /** Each month of the year to date as it stood at its own cut-off (the current one: today). */
  private List<MonthlyFigures.MonthCounts> trend(ReportingMonths.Period period, LocalDate asOf) {
    List<MonthlyFigures.MonthCounts> trend = new ArrayList<>();
    for (YearMonth m : period.months()) {
      ReportingMonths.Period p = months.period(m);
      LocalDate day = p.to().isBefore(asOf) ? p.to() : asOf;
      DirectiveStatistics s = statistics.statistics(p.from(), p.to(), day, 0);
      trend.add(
          new MonthlyFigures.MonthCounts(
              "T" + m.getMonthValue(),
              s.assigned(),
              s.summary().done().count(),
              s.summary().inProgress().count(),
              s.summary().overdue().count()));
    }
    return trend;
  }

  /** The listed overdue directives by agency, the longest overdue first within each. */
  private static List<MonthlyFigures.OverdueRow> overdueRows(DirectiveStatistics overdue) {
    return overdue.oldestOverdue().stream()
        .sorted(
            Comparator.comparing(DirectiveStatistics.OverdueDirective::leadAgencyName)
                .thenComparing(
                    DirectiveStatistics.OverdueDirective::workingDaysOverdue,
                    Comparator.reverseOrder())
                .thenComparing(DirectiveStatistics.OverdueDirective::directiveId))
        .map(
            d ->
                new MonthlyFigures.OverdueRow(
                    d.leadAgencyName(),
                    d.directiveId(),
                    d.title(),
                    d.deadline(),
                    d.workingDaysOverdue(),
                    d.escalationLevel()))
        .toList();
  }
}
