package org.pilotgate.pilot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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

  /** Enough about the intervention that another council could repeat it. */
  public record Intervention(String what, String who, String where, String frequency) {}

  public static final BigDecimal MAX_BUDGET = new BigDecimal("100000000");

  public static Registration from(Submission form) {
    LocalDate plannedStart = form.date("plannedStart");
    LocalDate plannedEnd = form.date("plannedEnd");
    if (!plannedEnd.isAfter(plannedStart)) {
      throw form.invalid("plannedEnd", "must be after the planned start (" + plannedStart + ")");
    }
    return new Registration(
        form.line("title", 200),
        form.text("summary", 2000),
        form.text("problem", 4000),
        form.text("hypothesis", 2000),
        form.choice("serviceArea", ServiceArea.class),
        new Intervention(
            form.text("interventionWhat", 2000),
            form.text("interventionWho", 2000),
            form.text("interventionWhere", 2000),
            form.text("interventionFrequency", 2000)),
        form.wholeNumber("plannedSites", 1, 10_000),
        form.wholeNumber("plannedParticipants", 1, 10_000_000),
        plannedStart,
        plannedEnd,
        form.decimal("budgetRequested", BigDecimal.ZERO, MAX_BUDGET),
        form.rows("partners").stream().map(Partner::from).toList(),
        criteria(form),
        form.rows("harmLimits").stream().map(HarmLimit::from).toList());
  }

  /** The same registration with the criteria as confirmed when the trial was planned. */
  public Registration withSuccessCriteria(List<SuccessCriterion> confirmed) {
    return new Registration(title, summary, problem, hypothesis, serviceArea, intervention, plannedSites,
        plannedParticipants, plannedStart, plannedEnd, budgetRequested, partners, confirmed, harmLimits);
  }

  private static List<SuccessCriterion> criteria(Submission form) {
    List<SuccessCriterion> criteria = form.rows("successCriteria").stream().map(SuccessCriterion::from).toList();
    if (criteria.isEmpty()) {
      throw form.invalid("successCriteria", "register at least one success criterion before the pilot starts");
    }
    if (criteria.stream().noneMatch(SuccessCriterion::primary)) {
      throw form.invalid("successCriteria", "mark at least one criterion as primary: the gate judges the pilot on its primary criteria");
    }
    long distinctNames = criteria.stream().map(c -> c.name().toLowerCase()).distinct().count();
    if (distinctNames < criteria.size()) {
      throw form.invalid("successCriteria", "give each criterion a different name");
    }
    return criteria;
  }
}
