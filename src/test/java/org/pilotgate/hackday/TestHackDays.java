package org.pilotgate.hackday;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.pilotgate.process.ProcessData;

/** A valid hack-day plan, as a champion fills in the start form: ideas welcome from yesterday for a week. */
public final class TestHackDays {

  private TestHackDays() {}

  public static VariableMap plan(LocalDate today) {
    return Variables.createVariables()
        .putValue(HackDayModel.HACK_DAY_DATE, today.plusDays(10).toString())
        .putValue(HackDayModel.THEME, "Fewer steps on the bin round")
        .putValue(HackDayModel.SERVICE_AREAS, ProcessData.json(List.of("WASTE_AND_RECYCLING", "CUSTOMER_SERVICES")))
        .putValue(HackDayModel.TEAMS_INVITED, "Waste crews, the contact centre")
        .putValue(HackDayModel.IDEAS_OPEN_FROM, today.minusDays(1).toString())
        .putValue(HackDayModel.IDEAS_CLOSE_ON, today.plusDays(7).toString());
  }
}
