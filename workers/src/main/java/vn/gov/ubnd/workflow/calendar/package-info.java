/**
 * Working days: weekends, public holidays (the lunar ones computed) and the days the Government
 * declares.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link DeclaredDay},
 * {@link DeclaredDaysFile}, {@link WorkingDayCalendar}.
 */
package vn.gov.ubnd.workflow.calendar;
