package org.pilotgate.pilot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.pilotgate.form.DayMonthYear;
import org.pilotgate.form.Submission;

/**
 * What a pilot commits to before it starts: the idea, the intervention, the scale, and the success
 * criteria and harm limits it will be judged against.
 */
public record Registration(
    String title,
    String summary,
    String problem,
    String hypothesis,
    ServiceArea serviceArea,
    Intervention intervention,
    int plannedSites,
    int plannedParticipants,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    BigDecimal budgetRequested,
    List<Partner> partners,
    List<SuccessCriterion> successCriteria,
    List<HarmLimit> harmLimits) {

  /**
   * Enough about the intervention that another council could repeat it, and its kind (an
   * {@link InterventionKind} code; null in registrations and reports from before it was asked).
   */
  public record Intervention(String kind, String what, String who, String where, String frequency) {}

  public static final BigDecimal MAX_BUDGET = new BigDecimal("100000000");

  /** The registration the form gives; a partner picked from the register takes the register's name for it. */
  public static Registration from(Submission form, Partner.RegisterNames register) {
    LocalDate plannedStart = form.date(RegistrationRecord.PLANNED_START);
    LocalDate plannedEnd = form.date(RegistrationRecord.PLANNED_END);
    if (!plannedEnd.isAfter(plannedStart)) {
      throw form.invalid(RegistrationRecord.PLANNED_END, "must be after the planned start ("
          + DayMonthYear.readable(plannedStart) + ")");
    }
    return new Registration(
        form.line(RegistrationRecord.TITLE, 200),
        form.text(RegistrationRecord.SUMMARY, 2000),
        form.text(RegistrationRecord.PROBLEM, 4000),
        form.text(RegistrationRecord.HYPOTHESIS, 2000),
        form.choice(RegistrationRecord.SERVICE_AREA, ServiceArea.class),
        new Intervention(
            form.choice(RegistrationRecord.INTERVENTION_KIND, InterventionKind.class).name(),
            form.text(RegistrationRecord.INTERVENTION_WHAT, 2000),
            form.text(RegistrationRecord.INTERVENTION_WHO, 2000),
            form.text(RegistrationRecord.INTERVENTION_WHERE, 2000),
            form.text(RegistrationRecord.INTERVENTION_FREQUENCY, 2000)),
        form.wholeNumber(RegistrationRecord.PLANNED_SITES, 1, 10_000),
        form.wholeNumber(RegistrationRecord.PLANNED_PARTICIPANTS, 1, 10_000_000),
        plannedStart,
        plannedEnd,
        form.decimal(RegistrationRecord.BUDGET_REQUESTED, BigDecimal.ZERO, MAX_BUDGET),
        form.rows(RegistrationRecord.PARTNERS).stream().map(row -> Partner.from(row, register)).toList(),
        criteria(form),
        form.rows(RegistrationRecord.HARM_LIMITS).stream().map(HarmLimit::from).toList());
  }

  /** The same registration with the criteria as confirmed when the trial was planned. */
  public Registration withSuccessCriteria(List<SuccessCriterion> confirmed) {
    return new Registration(title, summary, problem, hypothesis, serviceArea, intervention, plannedSites,
        plannedParticipants, plannedStart, plannedEnd, budgetRequested, partners, confirmed, harmLimits);
  }

  private static List<SuccessCriterion> criteria(Submission form) {
    List<SuccessCriterion> criteria = form.rows(RegistrationRecord.SUCCESS_CRITERIA).stream()
        .map(SuccessCriterion::from).toList();
    if (criteria.isEmpty()) {
      throw form.invalid(RegistrationRecord.SUCCESS_CRITERIA, "register at least one success criterion before the pilot starts");
    }
    if (criteria.stream().noneMatch(SuccessCriterion::primary)) {
      throw form.invalid(RegistrationRecord.SUCCESS_CRITERIA, "mark at least one criterion as primary: the gate judges the pilot on its primary criteria");
    }
    long distinctNames = criteria.stream().map(c -> c.name().toLowerCase()).distinct().count();
    if (distinctNames < criteria.size()) {
      throw form.invalid(RegistrationRecord.SUCCESS_CRITERIA, "give each criterion a different name");
    }
    return criteria;
  }
}
