package org.pilotgate.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.pilotgate.hackday.HackDay;
import org.pilotgate.hackday.HackDayModel;
import org.pilotgate.hackday.HackDays;
import org.pilotgate.hackday.Idea;
import org.pilotgate.process.ProcessData;

/**
 * A past hack day, planned by cam a month and a half ago: four ideas from the officers, each
 * triaged (a pilot whose proposal now waits for olivia, a quick win, one parked, one declined), and
 * the quick win's follow-up still to come. So the hack-day report and olivia's Tasklist are not empty.
 */
final class DemoHackDay {

  private final DemoSteps steps;
  private final ProcessEngine engine;
  private final HackDays hackDays;
  private final Clock clock;
  private final ZoneId zone;
  private final LocalDate today;

  DemoHackDay(DemoSteps steps, ProcessEngine engine, HackDays hackDays, Clock clock, ZoneId zone, LocalDate today) {
    this.steps = steps;
    this.engine = engine;
    this.hackDays = hackDays;
    this.clock = clock;
    this.zone = zone;
    this.today = today;
  }

  void seed() {
    steps.on(today.minusDays(45));
    String process = steps.start(DemoPartners.CHAMPION, HackDayModel.PROCESS, Map.of(
        HackDayModel.HACK_DAY_DATE, today.minusDays(38).toString(),
        HackDayModel.THEME, "Fewer steps between a resident and their bin",
        HackDayModel.SERVICE_AREAS, ProcessData.json(List.of("WASTE_AND_RECYCLING", "CUSTOMER_SERVICES")),
        HackDayModel.TEAMS_INVITED, "Waste crews, the contact centre, the digital team and Go Buses",
        HackDayModel.IDEAS_OPEN_FROM, today.minusDays(44).toString(),
        HackDayModel.IDEAS_CLOSE_ON, today.minusDays(38).toString()));
    HackDay day = hackDays.ofProcessInstance(process).orElseThrow();

    steps.on(today.minusDays(41));
    Idea pilot = idea(day, "olivia", "Text residents the day before their bin round changes",
        "Residents put bins out on the old day and call us when they are missed.",
        "Send a text the day before a round changes, to everyone on the round who has given a number.", "6");
    Idea quickWin = idea(day, "oscar", "One web form for every missed bin",
        "Missed bins come in by phone, e-mail and three web forms, each typed in again.",
        "Keep the newest web form only and point the others at it.", "4");
    Idea parked = idea(day, "sam", "A chatbot for bulky waste bookings",
        "Booking a bulky waste collection takes a ten-minute call.", "Let a chatbot take the booking.", "10");
    Idea declined = idea(day, "oscar", "Print the round calendar for every home",
        "Residents do not know their collection days.", "Post a printed calendar to every home each year.", "2");

    steps.on(today.minusDays(36));
    triage(process, pilot, Map.of(HackDayModel.TRIAGE_OUTCOME, "PILOT"));
    triage(process, quickWin, Map.of(HackDayModel.TRIAGE_OUTCOME, "QUICK_WIN", HackDayModel.HOURS_SAVED_PER_WEEK, 4.5,
        HackDayModel.TRIAGE_REASON, "The contact centre can do it this month, with no trial."));
    triage(process, parked, Map.of(HackDayModel.TRIAGE_OUTCOME, "PARK",
        HackDayModel.TRIAGE_REASON, "The new website arrives in the spring with bookings built in: we look again then."));
    triage(process, declined, Map.of(HackDayModel.TRIAGE_OUTCOME, "DECLINE",
        HackDayModel.TRIAGE_REASON, "Printing and posting costs more than the calls it saves; the app already shows the days."));
  }

  private Idea idea(HackDay day, String author, String title, String problem, String idea, String hours) {
    return hackDays.submit(day.id(), new HackDays.NewIdea(title, problem, idea, new BigDecimal(hours)), author,
        clock.instant(), zone);
  }

  private void triage(String process, Idea idea, Map<String, Object> answer) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(process)
        .taskDefinitionKey(HackDayModel.TRIAGE_IDEA).list().stream()
        .filter(open -> idea.id() == ((Number) engine.getTaskService().getVariable(open.getId(), HackDayModel.IDEA_ID)).longValue())
        .findFirst().orElseThrow();
    steps.completeTask(task.getId(), DemoPartners.CHAMPION, new HashMap<>(answer));
  }
}
