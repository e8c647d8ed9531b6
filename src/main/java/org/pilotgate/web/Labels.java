package org.pilotgate.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.pilotgate.form.DayMonthYear;
import org.pilotgate.library.ReportDocument.HarmResult;
import org.pilotgate.library.ReportDocument;
import org.pilotgate.pilot.HarmLimit;
import org.pilotgate.pilot.InterventionKind;
import org.pilotgate.pilot.Partner;
import org.pilotgate.pilot.ServiceArea;
import org.pilotgate.pilot.SuccessCriterion;
import org.pilotgate.report.ReportStatus;

/**
 * The words and numbers the public pages show for the library's codes and values: readable
 * labels (the same as the forms use), GOV.UK tag colours, dates in the council's time zone and
 * amounts in pounds. Templates reach it as {@code fmt}.
 */
public final class Labels {

  public static final Map<String, String> SERVICE_AREAS = ordered(
      ServiceArea.ADULT_SOCIAL_CARE, "Adult social care",
      ServiceArea.CHILDRENS_SERVICES, "Children's services",
      ServiceArea.HOUSING, "Housing",
      ServiceArea.WASTE_AND_RECYCLING, "Waste and recycling",
      ServiceArea.TRANSPORT, "Transport",
      ServiceArea.PUBLIC_HEALTH, "Public health",
      ServiceArea.REVENUES_AND_BENEFITS, "Revenues and benefits",
      ServiceArea.CUSTOMER_SERVICES, "Customer services",
      ServiceArea.PLANNING, "Planning",
      ServiceArea.COMMUNITY_SAFETY, "Community safety",
      ServiceArea.ENVIRONMENT, "Environment",
      ServiceArea.OTHER, "Other");

  public static final Map<String, String> INTERVENTION_KINDS = ordered(
      InterventionKind.DIGITAL_SELF_SERVICE, "Digital self-service",
      InterventionKind.OUTREACH, "Outreach",
      InterventionKind.PREVENTION, "Prevention",
      InterventionKind.PARTNERSHIP, "Partnership",
      InterventionKind.PROCESS_REDESIGN, "Process redesign",
      InterventionKind.BEHAVIOURAL_NUDGE, "Behavioural nudge",
      InterventionKind.OTHER, "Other");

  /** Failure reason codes with a short label (filters) and the full one (report page), as in the failure report form. */
  public static final Map<String, String[]> FAILURE_REASONS = ordered(
      "THEORY", new String[] {"Theory", "Theory: the idea behind it did not hold (the hypothesis was wrong)"},
      "IMPLEMENTATION", new String[] {"Implementation", "Implementation: it was not delivered as planned"},
      "CONTEXT", new String[] {"Context", "Context: local conditions were different or changed"},
      "PARTNER", new String[] {"Partner", "Partner: a partner could not deliver or pulled out"},
      "UNDERPOWERED", new String[] {"Underpowered",
          "Underpowered: too small or too short to show a real effect"},
      "COST", new String[] {"Cost", "Cost: it cost more than the benefit was worth"});

  /** Nesta's standards of evidence: a short label (filters) and the full one, as in the evaluation form. */
  public static final Map<Integer, String[]> EVIDENCE_LEVELS = ordered(
      1, new String[] {"Level 1: explains why it should work", "We can explain what we did and why it should work"},
      2, new String[] {"Level 2: measured a change",
          "We measured a positive change, but cannot show the pilot caused it"},
      3, new String[] {"Level 3: shows it caused the change",
          "A comparison or control group shows the pilot caused the change"},
      4, new String[] {"Level 4: independently confirmed",
          "One or more independent evaluations have confirmed the result and why it happened"},
      5, new String[] {"Level 5: repeated with the same result",
          "It has been repeated, with manuals and systems, and keeps getting the same result"});

  public static final Map<String, String> GATE_CHOICES = Map.of(
      "SCALE", "Scale up", "ADAPT", "Adapt and plan the trial again", "EXTEND", "Extend the trial",
      "STOP", "Stop", "INCONCLUSIVE", "Inconclusive");

  public static final Map<String, String> EARLY_STOP_REASONS = Map.of(
      "HARM", "Harm to residents, staff or others", "COST", "Cost: it was costing too much",
      "SAFEGUARDING", "Safeguarding concern", "OTHER", "Another reason");

  /** The review of a proposal, as in the review form. */
  public static final Map<String, String> REVIEW_DECISIONS = ordered(
      "APPROVE", "Approve: the proposer can plan the trial",
      "REQUEST_CHANGES", "Request changes: send it back to the proposer to revise",
      "REJECT", "Reject: the proposal ends here");

  /** The review of a success or failure report, as in both report review forms. */
  public static final Map<String, String> REPORT_REVIEW_DECISIONS = ordered(
      "APPROVE", "Approve: publish the report",
      "RETURN", "Return: send it back to the author to change");

  /** A trial's check-in, as in the check-in form. */
  public static final Map<String, String> CHECK_IN_STATUSES = ordered(
      "ON_TRACK", "On track", "AT_RISK", "At risk", "OFF_TRACK", "Off track");

  private static final Map<Partner.Sector, String> SECTORS = Map.of(
      Partner.Sector.COUNCIL, "Council",
      Partner.Sector.OTHER_PUBLIC_BODY, "Other public body",
      Partner.Sector.PRIVATE, "Private company",
      Partner.Sector.THIRD_SECTOR, "Charity or community group",
      Partner.Sector.UNIVERSAL_SERVICE_PROVIDER, "Universal service provider");

  private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

  private final ZoneId zone;

  public Labels(ZoneId zone) {
    this.zone = zone;
  }

  public Map<String, String> serviceAreas() {
    return SERVICE_AREAS;
  }

  public String serviceArea(String code) {
    return code == null ? "" : SERVICE_AREAS.getOrDefault(code, readable(code));
  }

  /** A peer's report may carry a kind this version does not know: it is shown in words made from its code. */
  public String interventionKind(String code) {
    return code == null ? "" : INTERVENTION_KINDS.getOrDefault(code, readable(code));
  }

  public String outcome(String outcome) {
    if (ReportDocument.FAILED.equals(outcome)) {
      return "Failed";
    }
    return ReportDocument.SUCCEEDED.equals(outcome) ? "Succeeded" : readable(outcome);
  }

  public String outcomeTag(String outcome) {
    return ReportDocument.FAILED.equals(outcome) ? "govuk-tag govuk-tag--red" : "govuk-tag govuk-tag--green";
  }

  public boolean failed(ReportDocument report) {
    return ReportDocument.FAILED.equals(report.outcome());
  }

  public Map<String, String[]> failureReasons() {
    return FAILURE_REASONS;
  }

  public String failureReason(String code) {
    String[] labels = FAILURE_REASONS.get(code);
    return labels == null ? readable(code) : labels[1];
  }

  public Map<Integer, String[]> evidenceLevels() {
    return EVIDENCE_LEVELS;
  }

  public String evidenceLevel(Integer level) {
    String[] labels = level == null ? null : EVIDENCE_LEVELS.get(level);
    return labels == null ? "Not given" : level + " of 5: " + labels[1];
  }

  public String gateChoice(String code) {
    return code == null ? "" : GATE_CHOICES.getOrDefault(code, readable(code));
  }

  public String earlyStopReason(String code) {
    return code == null ? "" : EARLY_STOP_REASONS.getOrDefault(code, readable(code));
  }

  public String sector(Partner.Sector sector) {
    return sector == null ? "" : SECTORS.get(sector);
  }

  public String reviewDecision(String code) {
    return labelOf(REVIEW_DECISIONS, code);
  }

  public String reportReviewDecision(String code) {
    return labelOf(REPORT_REVIEW_DECISIONS, code);
  }

  public String checkInStatus(String code) {
    return labelOf(CHECK_IN_STATUSES, code);
  }

  /**
   * The sector a partner's code names, or the code itself if it names none. (Named apart from
   * {@link #sector(Partner.Sector)}, so that a template's null never picks the wrong one.)
   */
  public String sectorLabel(String code) {
    return known(Partner.Sector.class, code).map(this::sector).orElse(code);
  }

  public String directionLabel(String code) {
    return known(SuccessCriterion.Direction.class, code).map(this::direction).orElse(code);
  }

  public String breachLabel(String code) {
    return known(HarmLimit.Breach.class, code).map(this::breachedWhen).orElse(code);
  }

  public String direction(SuccessCriterion.Direction direction) {
    if (direction == null) {
      return "";
    }
    return direction == SuccessCriterion.Direction.INCREASE ? "Should go up" : "Should go down";
  }

  public String breachedWhen(HarmLimit.Breach breach) {
    if (breach == null) {
      return "";
    }
    return breach == HarmLimit.Breach.ABOVE ? "Goes above the limit" : "Falls below the limit";
  }

  public String met(Boolean met) {
    return met == null ? "Not measured" : met ? "Yes" : "No";
  }

  public String breached(HarmResult harm) {
    return harm.breached() == null ? "Not measured" : harm.breached() ? "Yes" : "No";
  }

  public String status(ReportStatus status) {
    return switch (status) {
      case ONGOING -> "Ongoing";
      case OVERDUE -> "Overdue";
      case REPORTED_ON_TIME -> "Reported on time";
      case REPORTED_LATE -> "Reported late";
    };
  }

  public String statusTag(ReportStatus status) {
    return "govuk-tag " + switch (status) {
      case ONGOING -> "govuk-tag--blue";
      case OVERDUE -> "govuk-tag--red";
      case REPORTED_ON_TIME -> "govuk-tag--green";
      case REPORTED_LATE -> "govuk-tag--orange";
    };
  }

  /** Like 12,000 or 4.5: no trailing zeros, thousands separated. */
  public String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.UK));
    format.setParseBigDecimal(true);
    return format.format(value);
  }

  /** Like £10,000 or £10,000.50. */
  public String money(BigDecimal amount) {
    if (amount == null) {
      return "Not given";
    }
    BigDecimal pence = amount.setScale(2, RoundingMode.HALF_UP);
    DecimalFormat format = new DecimalFormat(pence.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.00",
        DecimalFormatSymbols.getInstance(Locale.UK));
    return (pence.signum() < 0 ? "-£" : "£") + format.format(pence.abs());
  }

  /** Cost spent against budget, in words: "£2,000 under budget". */
  public String againstBudget(BigDecimal budget, BigDecimal spent) {
    if (budget == null || spent == null) {
      return "";
    }
    int comparison = spent.compareTo(budget);
    if (comparison == 0) {
      return "Exactly on budget";
    }
    return money(spent.subtract(budget).abs()) + (comparison < 0 ? " under budget" : " over budget");
  }

  public String date(LocalDate date) {
    return date == null ? "" : DayMonthYear.readable(date);
  }

  public String date(Instant instant) {
    return instant == null ? "" : DayMonthYear.readable(instant.atZone(zone).toLocalDate());
  }

  /** Like "4 February 2027 at 14:05", in the council's zone. */
  public String dateTime(Instant instant) {
    return instant == null ? "" : DAY_AND_TIME.format(instant.atZone(zone));
  }

  /** The ISO date of an instant in the council's zone, for {@code <time datetime>}. */
  public String isoDate(Instant instant) {
    return instant == null ? "" : instant.atZone(zone).toLocalDate().toString();
  }

  public String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  /** A period as people say it: "12 weeks", "3 months". */
  public String period(Period period) {
    if (period.getYears() == 0 && period.getMonths() == 0 && period.getDays() % 7 == 0 && period.getDays() > 0) {
      return plural(period.getDays() / 7, "week");
    }
    if (period.getYears() == 0 && period.getDays() == 0 && period.getMonths() > 0) {
      return plural(period.getMonths(), "month");
    }
    if (period.getYears() == 0 && period.getMonths() == 0) {
      return plural(period.getDays(), "day");
    }
    return period.toString();
  }

  public String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static String labelOf(Map<String, String> labels, String code) {
    return code == null ? "" : labels.getOrDefault(code, code);
  }

  private static <E extends Enum<E>> java.util.Optional<E> known(Class<E> type, String code) {
    return java.util.Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(code))
        .findFirst();
  }

  private static String readable(String code) {
    if (code == null || code.isEmpty()) {
      return "";
    }
    String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  @SuppressWarnings("unchecked")
  private static <K, V> Map<K, V> ordered(Object... keysAndValues) {
    Map<Object, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object key = keysAndValues[i] instanceof Enum<?> e ? e.name() : keysAndValues[i];
      map.put(key, keysAndValues[i + 1]);
    }
    return (Map<K, V>) java.util.Collections.unmodifiableMap(map);
  }
}
