package org.pilotgate.browser;

/** The start form "Propose a pilot" as an officer fills it in, for the scenarios that start a pilot in Tasklist. */
final class Proposals {

  private Proposals() {}

  /**
   * Fills every field but the hypothesis, with a partner and two success criteria; the planned dates are
   * typed as given (day/month/year, as a person in the UK types them).
   */
  static CamundaForm fillAllButTheHypothesis(CamundaForm form, String title, String plannedStart, String plannedEnd) {
    form.type("Title", title)
        .type("Summary", "A housing officer phones each new tenant in their first week.")
        .type("The problem", "One in ten new tenancies fails within a year, often over problems nobody heard about.")
        .choose("Service area", "Housing")
        .choose("Kind of intervention", "Outreach")
        .type("What is done", "A welcome call with a checklist of common problems")
        .type("By whom", "Housing officers")
        .type("Where", "Two estates")
        .type("How often", "Once, in the first week")
        .type("Planned number of sites", 2)
        .type("Planned number of participants", 300)
        .type("Planned start", plannedStart)
        .type("Planned end", plannedEnd)
        .type("Budget requested", 8000);
    form.addRow("Partners")
        .type("Or a partner not in the register yet", "Riverside Housing Association")
        .choose("Sector", "Charity or community group")
        .type("Role in the pilot", "Makes the calls");
    criterion(form.row("Success criteria", 0), "Tenancies failing in the first year", "per 100 tenancies",
        "Should go down", 10, 7, true);
    criterion(form.addRow("Success criteria"), "Tenants satisfied with the welcome", "percent",
        "Should go up", 60, 75, false);
    return form;
  }

  private static void criterion(CamundaForm row, String name, String unit, String direction, int baseline, int target,
      boolean primary) {
    row.type("Criterion", name).type("Unit", unit).choose("Success means it", direction)
        .type("Baseline", baseline).type("Target", target).type("Minimum worthwhile change", 1);
    if (primary) {
      row.tick("Primary criterion");
    }
  }
}
