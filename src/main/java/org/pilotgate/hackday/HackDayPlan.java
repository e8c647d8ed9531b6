package org.pilotgate.hackday;

import java.time.LocalDate;
import java.util.List;
import org.pilotgate.form.DayMonthYear;
import org.pilotgate.form.Submission;
import org.pilotgate.pilot.ServiceArea;

/** What a champion plans: the day, its theme, who is invited, and the days on which ideas are welcome. */
record HackDayPlan(LocalDate heldOn, String theme, List<ServiceArea> serviceAreas, String teamsInvited,
    LocalDate ideasOpenFrom, LocalDate ideasCloseOn) {

  static final String HELD_ON = HackDayModel.HACK_DAY_DATE;
  static final String THEME = HackDayModel.THEME;
  static final String SERVICE_AREAS = HackDayModel.SERVICE_AREAS;
  static final String TEAMS_INVITED = HackDayModel.TEAMS_INVITED;
  static final String IDEAS_OPEN_FROM = HackDayModel.IDEAS_OPEN_FROM;
  static final String IDEAS_CLOSE_ON = HackDayModel.IDEAS_CLOSE_ON;

  static HackDayPlan from(Submission form, LocalDate today) {
    LocalDate heldOn = form.date(HELD_ON);
    LocalDate openFrom = form.date(IDEAS_OPEN_FROM);
    LocalDate closeOn = form.date(IDEAS_CLOSE_ON);
    if (closeOn.isBefore(openFrom)) {
      throw form.invalid(IDEAS_CLOSE_ON, "must be on or after the day ideas open (" + DayMonthYear.readable(openFrom) + ")");
    }
    if (closeOn.isBefore(today)) {
      throw form.invalid(IDEAS_CLOSE_ON, "must be today or later: a window that has closed takes no ideas");
    }
    List<ServiceArea> areas = form.choices(SERVICE_AREAS, ServiceArea.class);
    if (areas.isEmpty()) {
      throw form.invalid(SERVICE_AREAS, "choose at least one service area");
    }
    return new HackDayPlan(heldOn, form.line(THEME, 200), areas, form.text(TEAMS_INVITED, 2000), openFrom, closeOn);
  }
}
