package dev.quern.engine.func;

import static dev.quern.engine.func.DateFormats.pad;

import dev.quern.engine.locale.Culture;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One field of a .NET custom date and time pattern (a run of one letter, e.g. MMMM or tt). */
final class DateFields {
  private DateFields() {}

  static String field(
      char c, int n, LocalDateTime t, ZoneOffset offset, Culture culture, boolean genitive) {
    Culture.Dates names = culture.dates();
    int dayOfWeek = t.getDayOfWeek().getValue() % 7; // .NET counts days from Sunday = 0
    return switch (c) {
      case 'y' -> n <= 2 ? pad(t.getYear() % 100, n) : pad(t.getYear(), n);
      case 'M' -> switch (n) {
        case 1, 2 -> pad(t.getMonthValue(), n);
        case 3 -> names.shortMonths().get(t.getMonthValue() - 1);
        default -> (genitive ? names.genitiveMonths() : names.months()).get(t.getMonthValue() - 1);
      };
      case 'd' -> switch (n) {
        case 1, 2 -> pad(t.getDayOfMonth(), n);
        case 3 -> names.shortDays().get(dayOfWeek);
        default -> names.days().get(dayOfWeek);
      };
      case 'h' -> pad(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12, Math.min(n, 2));
      case 'H' -> pad(t.getHour(), Math.min(n, 2));
      case 'm' -> pad(t.getMinute(), Math.min(n, 2));
      case 's' -> pad(t.getSecond(), Math.min(n, 2));
      case 'f', 'F' -> {
        if (n > 7) {
          throw new IllegalArgumentException("more than 7 fraction digits");
        }
        yield DateFormats.fraction(t.getNano(), n, c == 'F');
      }
      case 't' -> {
        String designator = t.getHour() < 12 ? names.am() : names.pm();
        yield n == 1 && !designator.isEmpty() ? designator.substring(0, 1) : designator;
      }
      case 'z' -> zone(offset == null ? ZoneOffset.UTC : offset, n);
      case 'K' -> offset == null ? "" : zone(offset, 3);
      case '/' -> names.dateSeparator().repeat(n);
      default -> String.valueOf(c).repeat(n);
    };
  }

  private static String zone(ZoneOffset o, int n) {
    int minutes = o.getTotalSeconds() / 60;
    String sign = minutes < 0 ? "-" : "+";
    int abs = Math.abs(minutes);
    return switch (n) {
      case 1 -> sign + abs / 60;
      case 2 -> sign + pad(abs / 60, 2);
      default -> sign + pad(abs / 60, 2) + ":" + pad(abs % 60, 2);
    };
  }
}
