package dev.quern.engine.agent;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a schedule next fires ("sp_add_schedule (Transact-SQL)"): once (1) at its start date and
 * time; daily (4) every freq_interval days; weekly (8) on the days of freq_interval's bitmask
 * (Sunday 1 … Saturday 64) every freq_recurrence_factor weeks; monthly (16) on day freq_interval
 * every freq_recurrence_factor months; each day at active_start_time, or (freq_subday_type 2, 4,
 * 8) every freq_subday_interval seconds, minutes or hours from active_start_time to
 * active_end_time; never before active_start_date nor after active_end_date. Monthly relative
 * (32), agent start (64, the agent's own business) and idle (128) schedules have no next time.
 */
public final class ScheduleTimes {
  public static final int ONCE = 1;
  public static final int DAILY = 4;
  public static final int WEEKLY = 8;
  public static final int MONTHLY = 16;
  public static final int MONTHLY_RELATIVE = 32;
  public static final int AGENT_START = 64;
  public static final int IDLE = 128;

  /** How far ahead a search for the next day goes (a monthly schedule every 99 months fits). */
  private static final int SEARCH_DAYS = 366 * 9;

  private ScheduleTimes() {}

  /** The first time after {@code after} that {@code schedule} fires, if any. */
  public static Optional<LocalDateTime> next(AgentRow schedule, LocalDateTime after) {
    LocalDate start = AgentDates.toDate(schedule.intValue("active_start_date"));
    LocalDate end = AgentDates.toDate(schedule.intValue("active_end_date"));
    LocalTime startTime = AgentDates.toTime(schedule.intValue("active_start_time"));
    int type = schedule.intValue("freq_type");
    if (type == ONCE) {
      LocalDateTime t = start.atTime(startTime);
      return t.isAfter(after) ? Optional.of(t) : Optional.empty();
    }
    if (type != DAILY && type != WEEKLY && type != MONTHLY) {
      return Optional.empty();
    }
    LocalDate day = start.isAfter(after.toLocalDate()) ? start : after.toLocalDate();
    for (int i = 0; i < SEARCH_DAYS && !day.isAfter(end); i++, day = day.plusDays(1)) {
      if (firesOn(schedule, type, start, day)) {
        Optional<LocalTime> t = timeIn(schedule, startTime, day.equals(after.toLocalDate()) ? after.toLocalTime() : null);
        if (t.isPresent()) {
          return Optional.of(day.atTime(t.get()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean firesOn(AgentRow s, int type, LocalDate start, LocalDate day) {
    int interval = s.intValue("freq_interval");
    int every = Math.max(1, s.intValue("freq_recurrence_factor"));
    return switch (type) {
      case DAILY -> ChronoUnit.DAYS.between(start, day) % Math.max(1, interval) == 0;
      case WEEKLY -> (interval & dayBit(day.getDayOfWeek())) != 0
          && ChronoUnit.WEEKS.between(sunday(start), sunday(day)) % every == 0;
      default -> day.getDayOfMonth() == interval
          && ChronoUnit.MONTHS.between(start.withDayOfMonth(1), day.withDayOfMonth(1)) % every == 0;
    };
  }

  /** Sunday 1, Monday 2 … Saturday 64, as freq_interval spells weekly days. */
  private static int dayBit(DayOfWeek d) {
    return 1 << (d.getValue() % 7);
  }

  private static LocalDate sunday(LocalDate d) {
    return d.minusDays(d.getDayOfWeek().getValue() % 7);
  }

  /** The first firing time of a day strictly after {@code after} (null: any time of the day). */
  private static Optional<LocalTime> timeIn(AgentRow s, LocalTime startTime, LocalTime after) {
    int unit = switch (s.intValue("freq_subday_type")) {
      case 2 -> 1;
      case 4 -> 60;
      case 8 -> 3600;
      default -> 0;
    };
    int first = startTime.toSecondOfDay();
    if (after == null || after.toSecondOfDay() < first) {
      return Optional.of(startTime);
    }
    if (unit == 0) {
      return Optional.empty();
    }
    int step = unit * Math.max(1, s.intValue("freq_subday_interval"));
    int next = first + ((after.toSecondOfDay() - first) / step + 1) * step;
    int last = AgentDates.toTime(s.intValue("active_end_time")).toSecondOfDay();
    return next <= last ? Optional.of(LocalTime.ofSecondOfDay(next)) : Optional.empty();
  }
}
