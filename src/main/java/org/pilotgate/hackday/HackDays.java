package org.pilotgate.hackday;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pilotgate.form.DayMonthYear;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code hack_day} and {@code hack_day_idea}: the hack days, their ideas and each idea's
 * triage. The ideas window, the triage and the quick-win follow-up are decided here, in the caller's
 * transaction, with conditional updates: two champions or a late idea racing the window cannot both win.
 */
@Repository
public class HackDays {

  private static final String IDEA_COLUMNS = "id, hack_day_id, author, title, problem, idea, hours_saved_estimate,"
      + " submitted_at, outcome, reason, hours_saved_per_week, pilot_reference, triaged_by, quick_win_done,"
      + " quick_win_note";
  private static final String DAY_COLUMNS = "id, reference, process_instance_id, held_on, theme, service_areas,"
      + " teams_invited, ideas_open_from, ideas_close_at, status, planned_by";

  private final JdbcTemplate jdbc;

  HackDays(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a planned hack day; returns it with its id and reference (HD-yyyy-n, the year it is held). */
  HackDay plan(HackDayPlan plan, Instant opensAt, Instant closesAt, String processInstanceId, String by, Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("INSERT INTO hack_day (reference, process_instance_id,"
          + " held_on, theme, service_areas, teams_invited, ideas_open_from, ideas_close_at, status, planned_by,"
          + " planned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)", new String[] {"id"});
      insert.setString(1, "HD-" + processInstanceId);
      insert.setString(2, processInstanceId);
      insert.setDate(3, Date.valueOf(plan.heldOn()));
      insert.setString(4, plan.theme());
      insert.setString(5, HackDay.codes(plan.serviceAreas()));
      insert.setString(6, plan.teamsInvited());
      insert.setTimestamp(7, Timestamp.from(opensAt));
      insert.setTimestamp(8, Timestamp.from(closesAt));
      insert.setString(9, by);
      insert.setTimestamp(10, Timestamp.from(at));
      return insert;
    }, key);
    long id = key.getKey().longValue();
    jdbc.update("UPDATE hack_day SET reference = ? WHERE id = ?", "HD-" + plan.heldOn().getYear() + "-" + id, id);
    return find(id).orElseThrow();
  }

  public Optional<HackDay> find(long id) {
    return jdbc.query("SELECT " + DAY_COLUMNS + " FROM hack_day WHERE id = ?", HackDays::day, id).stream().findFirst();
  }

  public Optional<HackDay> withReference(String reference) {
    return jdbc.query("SELECT " + DAY_COLUMNS + " FROM hack_day WHERE reference = ?", HackDays::day, reference)
        .stream().findFirst();
  }

  public Optional<HackDay> ofProcessInstance(String processInstanceId) {
    return jdbc.query("SELECT " + DAY_COLUMNS + " FROM hack_day WHERE process_instance_id = ?", HackDays::day,
        processInstanceId).stream().findFirst();
  }

  /** Every hack day, the latest first. */
  public List<HackDay> all() {
    return jdbc.query("SELECT " + DAY_COLUMNS + " FROM hack_day ORDER BY held_on DESC, id DESC", HackDays::day);
  }

  /**
   * Adds an idea if the hack day takes ideas at {@code now}. The check locks the hack day's row, so an
   * idea and the window's closing cannot pass each other: an idea is either in the triage or refused.
   */
  public Idea submit(long hackDayId, NewIdea idea, String author, Instant now, java.time.ZoneId zone) {
    int open = jdbc.update("UPDATE hack_day SET status = status WHERE id = ? AND status = 'OPEN'"
        + " AND ideas_open_from <= ? AND ideas_close_at > ?", hackDayId, Timestamp.from(now), Timestamp.from(now));
    if (open == 0) {
      throw new IdeaWindowClosed(find(hackDayId).map(day -> whyNoIdeas(day, now, zone))
          .orElse("There is no such hack day."));
    }
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("INSERT INTO hack_day_idea (hack_day_id, author, title,"
          + " problem, idea, hours_saved_estimate, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      insert.setLong(1, hackDayId);
      insert.setString(2, author);
      insert.setString(3, idea.title());
      insert.setString(4, idea.problem());
      insert.setString(5, idea.idea());
      insert.setBigDecimal(6, idea.hoursSavedEstimate());
      insert.setTimestamp(7, Timestamp.from(now));
      return insert;
    }, key);
    return idea(key.getKey().longValue()).orElseThrow();
  }

  static String whyNoIdeas(HackDay day, Instant now, java.time.ZoneId zone) {
    if (day.status() != HackDay.Status.OPEN || !now.isBefore(day.ideasCloseAt())) {
      return "The ideas window of " + day.reference() + " (" + day.theme() + ") has closed: ideas are no longer"
          + " taken. Nothing was saved.";
    }
    return "The ideas window of " + day.reference() + " opens on "
        + DayMonthYear.readable(day.ideasOpenFrom().atZone(zone).toLocalDate())
        + ". Nothing was saved.";
  }

  /** Closes the window; from now on ideas are refused. */
  void closeWindow(long hackDayId) {
    jdbc.update("UPDATE hack_day SET status = 'TRIAGE' WHERE id = ? AND status = 'OPEN'", hackDayId);
  }

  /** Ends the hack day; refused while any idea waits for its answer. */
  void close(long hackDayId) {
    jdbc.update("UPDATE hack_day SET status = status WHERE id = ?", hackDayId);
    int waiting = untriaged(hackDayId).size();
    if (waiting > 0) {
      throw new IllegalStateException("The hack day cannot end: " + waiting + " of its ideas have not been triaged,"
          + " and no idea goes without an answer.");
    }
    jdbc.update("UPDATE hack_day SET status = 'CLOSED' WHERE id = ?", hackDayId);
  }

  public Optional<Idea> idea(long ideaId) {
    return jdbc.query("SELECT " + IDEA_COLUMNS + " FROM hack_day_idea WHERE id = ?", HackDays::idea, ideaId)
        .stream().findFirst();
  }

  public List<Idea> ideas(long hackDayId) {
    return jdbc.query("SELECT " + IDEA_COLUMNS + " FROM hack_day_idea WHERE hack_day_id = ? ORDER BY id",
        HackDays::idea, hackDayId);
  }

  List<Long> untriaged(long hackDayId) {
    return jdbc.queryForList("SELECT id FROM hack_day_idea WHERE hack_day_id = ? AND outcome IS NULL ORDER BY id",
        Long.class, hackDayId);
  }

  List<Long> quickWinsToFollowUp(long hackDayId) {
    return jdbc.queryForList("SELECT id FROM hack_day_idea WHERE hack_day_id = ? AND outcome = 'QUICK_WIN'"
        + " AND quick_win_done IS NULL ORDER BY id", Long.class, hackDayId);
  }

  /** Records the triage; false if the idea was triaged already (another champion was first). */
  boolean triage(long ideaId, Triage triage, String by, Instant at) {
    return jdbc.update("UPDATE hack_day_idea SET outcome = ?, reason = ?, hours_saved_per_week = ?, triaged_by = ?,"
            + " triaged_at = ? WHERE id = ? AND outcome IS NULL", triage.outcome().name(), triage.reason(),
        triage.hoursSavedPerWeek(), by, Timestamp.from(at), ideaId) == 1;
  }

  void linkPilot(long ideaId, String pilotInstanceId, String pilotReference) {
    jdbc.update("UPDATE hack_day_idea SET pilot_instance_id = ?, pilot_reference = ? WHERE id = ?",
        pilotInstanceId, pilotReference, ideaId);
  }

  /** Records whether a quick win was done; false if it was recorded already. */
  boolean followUp(long ideaId, boolean done, String note, String by, Instant at) {
    return jdbc.update("UPDATE hack_day_idea SET quick_win_done = ?, quick_win_note = ?, followed_up_by = ?,"
            + " followed_up_at = ? WHERE id = ? AND outcome = 'QUICK_WIN' AND quick_win_done IS NULL",
        done, note, by, Timestamp.from(at), ideaId) == 1;
  }

  private static HackDay day(ResultSet row, int n) throws SQLException {
    return new HackDay(row.getLong("id"), row.getString("reference"), row.getString("process_instance_id"),
        row.getDate("held_on").toLocalDate(), row.getString("theme"), HackDay.areas(row.getString("service_areas")),
        row.getString("teams_invited"), row.getTimestamp("ideas_open_from").toInstant(),
        row.getTimestamp("ideas_close_at").toInstant(), HackDay.Status.valueOf(row.getString("status")),
        row.getString("planned_by"));
  }

  private static Idea idea(ResultSet row, int n) throws SQLException {
    String outcome = row.getString("outcome");
    return new Idea(row.getLong("id"), row.getLong("hack_day_id"), row.getString("author"), row.getString("title"),
        row.getString("problem"), row.getString("idea"), row.getBigDecimal("hours_saved_estimate"),
        row.getTimestamp("submitted_at").toInstant(), outcome == null ? null : IdeaOutcome.valueOf(outcome),
        row.getString("reason"), row.getBigDecimal("hours_saved_per_week"), row.getString("pilot_reference"),
        row.getString("triaged_by"), row.getObject("quick_win_done", Boolean.class), row.getString("quick_win_note"));
  }

  /** What a member of staff submits. */
  public record NewIdea(String title, String problem, String idea, BigDecimal hoursSavedEstimate) {}
}
