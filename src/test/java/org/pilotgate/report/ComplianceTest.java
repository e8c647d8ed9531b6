package org.pilotgate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compliance page's figures from report obligations, without Spring, the engine or the database. */
class ComplianceTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Instant NOW = Instant.parse("2027-06-15T12:00:00Z");

  @Test
  void eachObligationHasItsStatusAtNow() {
    Compliance compliance = Compliance.of(List.of(
        owed("ongoing", "2027-05-01T10:00:00Z", "2027-07-24T10:00:00Z", null),
        owed("overdue", "2027-01-01T10:00:00Z", "2027-03-26T10:00:00Z", null),
        owed("on time", "2027-01-02T10:00:00Z", "2027-03-27T10:00:00Z", "2027-03-27T10:00:00Z"),
        owed("late", "2027-01-03T10:00:00Z", "2027-03-28T10:00:00Z", "2027-03-28T10:00:01Z")), NOW, LONDON);

    assertThat(compliance.pilots()).extracting(r -> r.obligation().reference() + "=" + r.status())
        .containsExactly("ongoing=ONGOING", "overdue=OVERDUE", "on time=REPORTED_ON_TIME", "late=REPORTED_LATE");
  }

  @Test
  void aReportIsOverdueOnlyOnceTheDueMomentHasPassed() {
    Instant due = Instant.parse("2027-06-15T12:00:00Z");
    assertThat(Compliance.of(List.of(owed("due now", "2027-03-01T00:00:00Z", due.toString(), null)), due, LONDON)
        .pilots()).singleElement().extracting(Compliance.Row::status).isEqualTo(ReportStatus.ONGOING);
    assertThat(Compliance.of(List.of(owed("due now", "2027-03-01T00:00:00Z", due.toString(), null)),
        due.plusSeconds(1), LONDON).pilots()).singleElement().extracting(Compliance.Row::status)
        .isEqualTo(ReportStatus.OVERDUE);
  }

  @Test
  void yearsAreCountedByTheYearThePilotStoppedNewestFirst() {
    Compliance compliance = Compliance.of(List.of(
        owed("a", "2026-03-01T10:00:00Z", "2026-05-24T10:00:00Z", "2026-05-20T10:00:00Z"),
        owed("b", "2027-02-01T10:00:00Z", "2027-04-26T10:00:00Z", null),
        owed("c", "2027-04-01T10:00:00Z", "2027-06-24T10:00:00Z", null),
        owed("d", "2026-06-01T10:00:00Z", "2026-08-24T10:00:00Z", "2026-09-01T10:00:00Z")), NOW, LONDON);

    assertThat(compliance.years()).extracting(Compliance.Year::year).containsExactly(2027, 2026);
    assertThat(compliance.years().get(0).counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
        ReportStatus.ONGOING, 1, ReportStatus.OVERDUE, 1, ReportStatus.REPORTED_ON_TIME, 0,
        ReportStatus.REPORTED_LATE, 0));
    assertThat(compliance.years().get(1).counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
        ReportStatus.ONGOING, 0, ReportStatus.OVERDUE, 0, ReportStatus.REPORTED_ON_TIME, 1,
        ReportStatus.REPORTED_LATE, 1));
  }

  @Test
  void theYearIsTheCouncilsNotUtcs() {
    // 23:30 UTC on New Year's Eve is already 2027 in Auckland
    Compliance compliance = Compliance.of(List.of(
        owed("new year", "2026-12-31T23:30:00Z", "2027-03-25T23:30:00Z", null)), NOW, ZoneId.of("Pacific/Auckland"));
    assertThat(compliance.years()).extracting(Compliance.Year::year).containsExactly(2027);
    assertThat(Compliance.of(List.of(owed("new year", "2026-12-31T23:30:00Z", "2027-03-25T23:30:00Z", null)), NOW,
        LONDON).years()).extracting(Compliance.Year::year).containsExactly(2026);
  }

  @Test
  void theShareOnTimeCountsOnlyReportsThatAreDueOrDelivered() {
    Compliance compliance = Compliance.of(List.of(
        owed("on time", "2027-01-01T10:00:00Z", "2027-03-26T10:00:00Z", "2027-03-20T10:00:00Z"),
        owed("late", "2027-01-02T10:00:00Z", "2027-03-27T10:00:00Z", "2027-04-01T10:00:00Z"),
        owed("overdue", "2027-01-03T10:00:00Z", "2027-03-28T10:00:00Z", null),
        owed("ongoing", "2027-05-01T10:00:00Z", "2027-07-24T10:00:00Z", null)), NOW, LONDON);

    assertThat(compliance.years()).singleElement().extracting(Compliance.Year::shareOnTime)
        .satisfies(share -> assertThat(share).isCloseTo(1.0 / 3, within(1e-9)));
  }

  @Test
  void aYearWithOnlyOngoingReportsHasAShareOfZeroNotADivisionByZero() {
    Compliance compliance = Compliance.of(List.of(
        owed("ongoing", "2027-05-01T10:00:00Z", "2027-07-24T10:00:00Z", null)), NOW, LONDON);
    assertThat(compliance.years()).singleElement().extracting(Compliance.Year::shareOnTime).isEqualTo(0.0);
  }

  @Test
  void noObligationsNoYears() {
    Compliance compliance = Compliance.of(List.of(), NOW, LONDON);
    assertThat(compliance.pilots()).isEmpty();
    assertThat(compliance.years()).isEmpty();
  }

  private static ReportObligations.Obligation owed(String reference, String stoppedAt, String dueAt, String publishedAt) {
    return new ReportObligations.Obligation("pi-" + reference, reference, "Pilot " + reference,
        Instant.parse(stoppedAt), Instant.parse(dueAt), publishedAt == null ? null : Instant.parse(publishedAt));
  }
}
