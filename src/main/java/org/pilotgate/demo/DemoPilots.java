package org.pilotgate.demo;

import static org.pilotgate.demo.DemoSubmissions.approveReport;
import static org.pilotgate.demo.DemoSubmissions.checkIn;
import static org.pilotgate.demo.DemoSubmissions.evaluation;
import static org.pilotgate.demo.DemoSubmissions.gate;
import static org.pilotgate.demo.DemoSubmissions.plan;
import static org.pilotgate.demo.DemoSubmissions.proposal;
import static org.pilotgate.demo.DemoSubmissions.review;
import static org.pilotgate.process.LifecycleModel.CHASE_OVERDUE_REPORT;
import static org.pilotgate.process.LifecycleModel.DECIDE_GATE;
import static org.pilotgate.process.LifecycleModel.DRAFT_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.EVALUATE_TRIAL;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.RECORD_CHECK_IN;
import static org.pilotgate.process.LifecycleModel.REVIEW_FAILURE_REPORT;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;
import static org.pilotgate.process.LifecycleModel.REVIEW_SUCCESS_REPORT;
import static org.pilotgate.process.LifecycleModel.WRITE_SUCCESS_REPORT;

import java.time.LocalDate;
import java.util.List;
import org.pilotgate.demo.DemoSubmissions.Measure;
import org.pilotgate.demo.DemoSubmissions.Story;
import org.pilotgate.gate.GateRuling;
import org.pilotgate.pilot.InterventionKind;
import org.pilotgate.pilot.Partner;
import org.pilotgate.pilot.ProposalReview;
import org.pilotgate.pilot.ServiceArea;
import org.pilotgate.report.ReportDraft.FailureReason;
import org.pilotgate.trial.CheckIn;

/**
 * The demo's pilots, one in each state of the lifecycle, each taken there step by step by the demo
 * users on the days a council would have taken them: olivia and oscar propose, plan, evaluate and write;
 * mia and max review and decide. Oldest proposal first, so references follow the order pilots were proposed.
 */
final class DemoPilots {

  private static final String OLIVIA = "olivia";
  private static final String OSCAR = "oscar";
  private static final String MIA = "mia";
  private static final String MAX = "max";

  private final DemoSteps steps;
  private final LocalDate today;

  DemoPilots(DemoSteps steps, LocalDate today) {
    this.steps = steps;
    this.today = today;
  }

  void seed() {
    scaledWithItsSuccessReportPublished();
    stoppedWithItsFailureReportPublished();
    failureReportOverdueAndChased();
    stoppedWithItsFailureReportBeingDrafted();
    waitingAtTheGate();
    inTrialWithACheckIn();
    approvedAndBeingPlanned();
    changesRequested();
    inReview();
    steps.now();
  }

  private static final Story POSTAL_CHECKS = new Story("Postal workers check on older residents who live alone",
      "Postal workers make a short wellbeing call at the door of older residents who ask for it, and pass any need on to the council.",
      "Older residents living alone often reach services only at a crisis, after a fall or a hospital stay.",
      "If postal workers call weekly, needs are noticed earlier, because they already visit every door.",
      ServiceArea.ADULT_SOCIAL_CARE, InterventionKind.PARTNERSHIP,
      "A five-question doorstep check, answers passed to the council's adult social care team",
      "Postal workers of the two delivery offices", "Two postcode districts in the north of the borough", "Weekly",
      2, 100, 24000, "Royal Mail", Partner.Sector.UNIVERSAL_SERVICE_PROVIDER, "Postal workers make the doorstep checks",
      List.of(new Measure("Needs referred to the council", "per month", 2, 15, true, true, 19),
          new Measure("Residents feeling lonely", "% of those visited", 40, 30, false, false, 28)),
      "Complaints about the checks");

  private void scaledWithItsSuccessReportPublished() {
    steps.on(daysAgo(240));
    String pilot = steps.propose(OLIVIA, proposal(POSTAL_CHECKS, daysAgo(226), daysAgo(142)));
    steps.on(daysAgo(236));
    steps.complete(pilot, REVIEW_PROPOSAL, MIA, review(ProposalReview.Decision.APPROVE,
        "A clear hypothesis and a partner who meets these residents every day."));
    steps.on(daysAgo(233));
    steps.complete(pilot, PLAN_TRIAL, OLIVIA, plan(POSTAL_CHECKS, daysAgo(226), daysAgo(142)));
    steps.on(daysAgo(218));
    steps.complete(pilot, RECORD_CHECK_IN, OLIVIA, checkIn(CheckIn.Status.ON_TRACK,
        "Forty residents signed up in the first fortnight; six needs passed on."));
    steps.on(daysAgo(140));
    steps.complete(pilot, EVALUATE_TRIAL, OLIVIA, evaluation(POSTAL_CHECKS, 21500, 3,
        "Referrals rose steadily; most came from residents the council had never heard from."));
    steps.on(daysAgo(135));
    steps.complete(pilot, DECIDE_GATE, MIA, gate(GateRuling.Decision.SCALE,
        "Every primary criterion met within budget: roll it out to the whole borough."));
    steps.on(daysAgo(128));
    steps.complete(pilot, WRITE_SUCCESS_REPORT, OLIVIA, DemoSubmissions.successReport(POSTAL_CHECKS, 21500,
        "Residents trusted a face they already knew; the five set questions kept the calls short.",
        "All eight delivery offices from January, funded from the prevention budget.",
        "Agree with the partner how answers reach the council before the first visit."));
    steps.on(daysAgo(125));
    steps.complete(pilot, REVIEW_SUCCESS_REPORT, MAX, approveReport());
    steps.fireDueTimers();
  }

  private static final Story BUS_REFERRALS = new Story("Bus drivers refer isolated older passengers",
      "Drivers on two routes learn to notice isolation and hand out a referral card.",
      "Older people who are isolated rarely contact the council until a crisis.",
      "If drivers refer passengers, more isolated people get support, because drivers see them weekly.",
      ServiceArea.TRANSPORT, InterventionKind.OUTREACH,
      "A one-hour training session and a referral card", "Bus drivers of Go Buses",
      "Routes 5 and 7", "Every shift", 2, 120, 15000, "Go Buses", Partner.Sector.UNIVERSAL_SERVICE_PROVIDER,
      "Drivers refer passengers",
      List.of(new Measure("Referrals received", "per month", 0, 20, true, true, 3),
          new Measure("Loneliness score", "UCLA 3-item", 7, 6, false, false, 7)),
      "Complaints from passengers");

  private void stoppedWithItsFailureReportPublished() {
    steps.on(daysAgo(210));
    String pilot = steps.propose(OSCAR, proposal(BUS_REFERRALS, daysAgo(196), daysAgo(112)));
    steps.on(daysAgo(206));
    steps.complete(pilot, REVIEW_PROPOSAL, MAX, review(ProposalReview.Decision.APPROVE, "Worth a small trial."));
    steps.on(daysAgo(203));
    steps.complete(pilot, PLAN_TRIAL, OSCAR, plan(BUS_REFERRALS, daysAgo(196), daysAgo(112)));
    steps.on(daysAgo(188));
    steps.complete(pilot, RECORD_CHECK_IN, OSCAR, checkIn(CheckIn.Status.AT_RISK,
        "Only one referral so far: drivers say there is no time at stops."));
    steps.on(daysAgo(110));
    steps.complete(pilot, EVALUATE_TRIAL, OSCAR, evaluation(BUS_REFERRALS, 9000, 3,
        "Drivers referred few passengers; the operator changed rotas mid-trial."));
    steps.on(daysAgo(105));
    steps.complete(pilot, DECIDE_GATE, MIA, gate(GateRuling.Decision.STOP, "Far below target: stop and report."));
    steps.on(daysAgo(90));
    steps.complete(pilot, DRAFT_FAILURE_REPORT, OSCAR, DemoSubmissions.failureReport(BUS_REFERRALS, 9000,
        List.of(FailureReason.IMPLEMENTATION, FailureReason.PARTNER),
        "Drivers had no time at stops to talk; the operator changed rotas mid-trial.",
        "Agree protected time with the operator before training drivers."));
    steps.on(daysAgo(86));
    steps.complete(pilot, REVIEW_FAILURE_REPORT, MIA, approveReport());
    steps.fireDueTimers();
  }

  private static final Story BIN_CREWS = new Story("Bin crews notice signs of self-neglect",
      "Refuse crews report bins left out for weeks or overflowing gardens at homes of people the council supports.",
      "Self-neglect is found late, when a neighbour complains or an ambulance is called.",
      "If crews report what they see on their rounds, self-neglect is found earlier, because they pass every home weekly.",
      ServiceArea.WASTE_AND_RECYCLING, InterventionKind.PROCESS_REDESIGN,
      "A reporting button in the crews' in-cab app and a call back from a social worker",
      "Refuse crews on four rounds", "Four collection rounds in the east of the borough", "Every collection",
      4, 16, 12000, "Council waste services", Partner.Sector.COUNCIL, "Crews report concerns from the cab",
      List.of(new Measure("Concerns reported", "per month", 1, 10, true, true, 2),
          new Measure("Concerns leading to support", "% of reports", 10, 40, true, false, 20)),
      "Reports about the wrong address");

  private void failureReportOverdueAndChased() {
    steps.on(daysAgo(200));
    String pilot = steps.propose(OLIVIA, proposal(BIN_CREWS, daysAgo(190), daysAgo(120)));
    steps.on(daysAgo(197));
    steps.complete(pilot, REVIEW_PROPOSAL, MIA, review(ProposalReview.Decision.APPROVE, "Approved: check data sharing first."));
    steps.on(daysAgo(195));
    steps.complete(pilot, PLAN_TRIAL, OLIVIA, plan(BIN_CREWS, daysAgo(190), daysAgo(120)));
    steps.on(daysAgo(180));
    steps.complete(pilot, RECORD_CHECK_IN, OLIVIA, checkIn(CheckIn.Status.OFF_TRACK,
        "Crews rarely use the button: the app hides it two screens deep."));
    steps.on(daysAgo(118));
    steps.complete(pilot, EVALUATE_TRIAL, OLIVIA, evaluation(BIN_CREWS, 11000, 2,
        "Few concerns were reported; the ones that were mostly led to support."));
    steps.on(daysAgo(112));
    steps.complete(pilot, DECIDE_GATE, MAX, gate(GateRuling.Decision.STOP,
        "The button was not used: the idea was not tested. Stop, report, and redesign before trying again."));
    steps.on(daysAgo(25));
    steps.complete(pilot, CHASE_OVERDUE_REPORT, MIA, DemoSubmissions.chase(
        "Spoke to Olivia: the report slipped behind the budget round. She will send a draft by Friday."));
  }

  private static final Story PHARMACY_FALLS = new Story("Pharmacists spot early signs of falls risk",
      "Community pharmacists ask older customers three questions about falls when they collect prescriptions.",
      "Falls are the commonest reason older residents need care, and most are not foreseen.",
      "If pharmacists ask about falls, more people at risk get a home check, because they see pharmacists monthly.",
      ServiceArea.PUBLIC_HEALTH, InterventionKind.PREVENTION,
      "Three questions at the counter and a referral to the falls service",
      "Pharmacists and counter staff", "Six community pharmacies", "At each prescription collection",
      6, 300, 18000, "Local pharmacies", Partner.Sector.PRIVATE, "Ask the questions and refer",
      List.of(new Measure("Home checks booked", "per month", 4, 25, true, true, 6),
          new Measure("Falls reported", "per month", 30, 25, false, false, 31)),
      "Customers who say the questions upset them");

  private void stoppedWithItsFailureReportBeingDrafted() {
    steps.on(daysAgo(150));
    String pilot = steps.propose(OSCAR, proposal(PHARMACY_FALLS, daysAgo(140), daysAgo(30)));
    steps.on(daysAgo(147));
    steps.complete(pilot, REVIEW_PROPOSAL, MAX, review(ProposalReview.Decision.APPROVE, "Good partner, clear measures."));
    steps.on(daysAgo(144));
    steps.complete(pilot, PLAN_TRIAL, OSCAR, plan(PHARMACY_FALLS, daysAgo(140), daysAgo(30)));
    steps.on(daysAgo(129));
    steps.complete(pilot, RECORD_CHECK_IN, OSCAR, checkIn(CheckIn.Status.AT_RISK,
        "Busy counters: the questions are asked only when the pharmacist is free."));
    steps.on(daysAgo(28));
    steps.complete(pilot, EVALUATE_TRIAL, OSCAR, evaluation(PHARMACY_FALLS, 17000, 3,
        "Few home checks were booked; customers at the counter did not want to talk about falls."));
    steps.on(daysAgo(21));
    steps.complete(pilot, DECIDE_GATE, MIA, gate(GateRuling.Decision.STOP, "The primary target was missed by far."));
  }

  private static final Story SMOKE_ALARMS = new Story("Housing officers check smoke alarms on routine visits",
      "Housing officers test the smoke alarm at every tenancy visit and fit one where it is missing.",
      "Fires in council homes often start where no alarm works.",
      "If officers test alarms on visits they make anyway, fewer homes are without a working alarm, at little cost.",
      ServiceArea.HOUSING, InterventionKind.PREVENTION,
      "A test button press and a spare alarm in every officer's bag", "Housing officers",
      "Three housing estates", "At every tenancy visit", 3, 900, 8000, "Fire and rescue service",
      Partner.Sector.OTHER_PUBLIC_BODY, "Supplies alarms and trains officers",
      List.of(new Measure("Homes with a working alarm", "% of homes visited", 70, 95, true, true, 96),
          new Measure("Tenancy visits completed", "per month", 120, 150, true, true, 118)),
      "Visits cut short");

  private void waitingAtTheGate() {
    steps.on(daysAgo(120));
    String pilot = steps.propose(OLIVIA, proposal(SMOKE_ALARMS, daysAgo(110), daysAgo(12)));
    steps.on(daysAgo(116));
    steps.complete(pilot, REVIEW_PROPOSAL, MIA, review(ProposalReview.Decision.APPROVE, "Cheap and safe: go ahead."));
    steps.on(daysAgo(113));
    steps.complete(pilot, PLAN_TRIAL, OLIVIA, plan(SMOKE_ALARMS, daysAgo(110), daysAgo(12)));
    steps.on(daysAgo(98));
    steps.complete(pilot, RECORD_CHECK_IN, OLIVIA, checkIn(CheckIn.Status.ON_TRACK, "Forty alarms fitted in the first fortnight."));
    steps.on(daysAgo(10));
    steps.complete(pilot, EVALUATE_TRIAL, OLIVIA, evaluation(SMOKE_ALARMS, 7600, 3,
        "Nearly every home visited now has a working alarm, but visits took longer and fewer were made."));
  }

  private static final Story BENEFITS_CHECKS = new Story("GP receptionists offer a benefits check",
      "Receptionists at two surgeries offer patients a benefits check by the council's welfare team.",
      "Many residents entitled to pension credit never claim it.",
      "If receptionists offer a check, more people claim what they are owed, because they trust their surgery.",
      ServiceArea.REVENUES_AND_BENEFITS, InterventionKind.OUTREACH,
      "A leaflet and a same-week phone appointment with a welfare adviser",
      "GP receptionists", "Two GP surgeries", "At every appointment booking by a patient over 66",
      2, 400, 10000, "Riverside GP practice", Partner.Sector.OTHER_PUBLIC_BODY, "Receptionists offer the check",
      List.of(new Measure("New pension credit claims", "per month", 3, 12, true, true, 0),
          new Measure("Patients offered a check", "per month", 0, 200, true, false, 0)),
      "Complaints to the surgery");

  private void inTrialWithACheckIn() {
    steps.on(daysAgo(60));
    String pilot = steps.propose(OSCAR, proposal(BENEFITS_CHECKS, daysAgo(50), today.plusDays(60)));
    steps.on(daysAgo(56));
    steps.complete(pilot, REVIEW_PROPOSAL, MAX, review(ProposalReview.Decision.APPROVE, "Approved."));
    steps.on(daysAgo(54));
    steps.complete(pilot, PLAN_TRIAL, OSCAR, plan(BENEFITS_CHECKS, daysAgo(50), today.plusDays(60)));
    steps.on(daysAgo(39));
    steps.complete(pilot, RECORD_CHECK_IN, OSCAR, checkIn(CheckIn.Status.ON_TRACK,
        "Both surgeries started on time; 85 patients offered a check, 9 claims made."));
  }

  private static final Story DEMENTIA_FRIENDLY_SHOPS = new Story("Shop staff become dementia-friendly contact points",
      "Staff in high-street shops learn to recognise a customer who is lost or confused and call a named contact.",
      "People living with dementia who get lost are found by the police hours later.",
      "If shop staff know whom to call, people are helped home sooner, because shops are where they stop.",
      ServiceArea.COMMUNITY_SAFETY, InterventionKind.PARTNERSHIP,
      "A 45-minute session and a window sticker with a phone number", "Shop staff",
      "The town centre high street", "Whenever a customer seems lost", 20, 60, 5000, "Town centre traders' association",
      Partner.Sector.THIRD_SECTOR, "Signs shops up and hosts the training",
      List.of(new Measure("Calls from shops", "per month", 0, 8, true, true, 0)), "Calls about people who were not lost");

  private void approvedAndBeingPlanned() {
    steps.on(daysAgo(21));
    String pilot = steps.propose(OLIVIA, proposal(DEMENTIA_FRIENDLY_SHOPS, today.plusDays(14), today.plusDays(120)));
    steps.on(daysAgo(17));
    steps.complete(pilot, REVIEW_PROPOSAL, MIA, review(ProposalReview.Decision.APPROVE,
        "Approved. Plan the training dates with the traders' association."));
  }

  private static final Story LIBRARY_ENERGY_HELP = new Story("Library staff help residents cut their energy bills",
      "Library staff run drop-in sessions to help residents switch tariffs and apply for grants.",
      "Households in fuel poverty rarely know which help they can get.",
      "If libraries run drop-ins, more households get help, because residents already go there for help online.",
      ServiceArea.ENVIRONMENT, InterventionKind.OUTREACH,
      "A weekly drop-in with a trained member of staff", "Library staff",
      "Three branch libraries", "Weekly", 3, 150, 6000, "Citizens Advice", Partner.Sector.THIRD_SECTOR,
      "Trains staff and takes complex cases",
      List.of(new Measure("Households helped", "per month", 0, 30, true, true, 0)), "Complaints about advice given");

  private void changesRequested() {
    steps.on(daysAgo(10));
    String pilot = steps.propose(OSCAR, proposal(LIBRARY_ENERGY_HELP, today.plusDays(21), today.plusDays(140)));
    steps.on(daysAgo(8));
    steps.complete(pilot, REVIEW_PROPOSAL, MAX, review(ProposalReview.Decision.REQUEST_CHANGES,
        "Say how you will count households helped without counting the same household twice."));
  }

  private static final Story MISSED_BIN_TEXTS = new Story("Text reminders the evening before bin day",
      "Residents on two rounds get a text the evening before their collection.",
      "Missed collections cost a return visit and bring complaints.",
      "If residents are reminded, fewer bins are missed, because most misses are forgotten days.",
      ServiceArea.WASTE_AND_RECYCLING, InterventionKind.BEHAVIOURAL_NUDGE,
      "An automated text message", "The council's contact centre",
      "Two collection rounds", "Weekly", 2, 2000, 3000, "Council contact centre", Partner.Sector.COUNCIL,
      "Sends the texts",
      List.of(new Measure("Missed-bin reports", "per month", 80, 50, false, true, 0)), "Texts sent to the wrong number");

  private void inReview() {
    steps.on(daysAgo(3));
    steps.propose(OLIVIA, proposal(MISSED_BIN_TEXTS, today.plusDays(30), today.plusDays(120)));
  }

  private LocalDate daysAgo(int days) {
    return today.minusDays(days);
  }
}
