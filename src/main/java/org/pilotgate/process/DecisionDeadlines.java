package org.pilotgate.process;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.Date;
import org.pilotgate.PilotGateProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Due dates of managers' decisions, read by the BPMN ({@code camunda:dueDate="${decisionDeadlines.review()}"})
 * so that Tasklist sorts and highlights them. Working days skip weekends only, not public holidays.
 */
@Component("decisionDeadlines")
public class DecisionDeadlines {

  private final PilotGateProperties.Decisions settings;
  private final Clock clock;

  @Autowired
  DecisionDeadlines(PilotGateProperties properties, Clock clock) {
    this(properties.decisions(), clock);
  }

  DecisionDeadlines(PilotGateProperties.Decisions settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** The review of a proposal made now. */
  public Date review() {
    ZonedDateTime due = ZonedDateTime.now(clock);
    for (int left = settings.reviewWorkingDays(); left > 0; ) {
      due = due.plusDays(1);
      if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return Date.from(due.toInstant());
  }

  /** The gate decision on an evaluation finished now. */
  public Date gate() {
    return Date.from(ZonedDateTime.now(clock).plus(settings.gateWithin()).toInstant());
  }
}
