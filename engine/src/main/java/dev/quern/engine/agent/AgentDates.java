package dev.quern.engine.agent;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * The agent's int encodings of time, as msdb stores them (and msdb.dbo.agent_datetime reads
 * them): dates as yyyymmdd, times of day as hhmmss, durations as hhmmss (hours past 99 keep
 * growing: 1 day 2 h is 260000).
 */
public final class AgentDates {
  /** active_end_date's default: the last day the agent schedules. */
  public static final int MAX_DATE = 99991231;
  public static final int MAX_TIME = 235959;

  private AgentDates() {}

  public static int date(LocalDate d) {
    return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
  }

  public static int time(LocalTime t) {
    return t.getHour() * 10000 + t.getMinute() * 100 + t.getSecond();
  }

  public static LocalDate toDate(int yyyymmdd) {
    return LocalDate.of(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
  }

  public static LocalTime toTime(int hhmmss) {
    return LocalTime.of(hhmmss / 10000, hhmmss / 100 % 100, hhmmss % 100);
  }

  /** Whether {@code yyyymmdd} is a real date from 1990-01-01 on (sp_add_schedule's check). */
  public static boolean validDate(int yyyymmdd) {
    try {
      return yyyymmdd >= 19900101 && toDate(yyyymmdd) != null;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  public static boolean validTime(int hhmmss) {
    return hhmmss >= 0 && hhmmss <= MAX_TIME && hhmmss / 100 % 100 < 60 && hhmmss % 100 < 60;
  }

  public static int duration(Duration d) {
    long s = Math.max(0, d.getSeconds());
    return (int) (s / 3600 * 10000 + s / 60 % 60 * 100 + s % 60);
  }

  /** A datetime column's value: whole seconds, as the agent records them. */
  public static LocalDateTime seconds(LocalDateTime t) {
    return t.truncatedTo(ChronoUnit.SECONDS);
  }
}
