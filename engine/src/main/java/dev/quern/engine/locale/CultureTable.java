package dev.quern.engine.locale;

import static dev.quern.engine.locale.CultureNames.*;

import dev.quern.engine.locale.Culture.Dates;
import dev.quern.engine.locale.Culture.Numbers;
import java.util.List;

/**
 * The cultures Quern knows, with .NET Framework's (Windows NLS) data: the invariant culture, en-US
 * and the cultures of SQL Server's languages. Checked against the FORMAT examples of SQL Server's
 * documentation where it shows them (see sql/functions_builtin/format_cultures.sql).
 */
final class CultureTable {
  private CultureTable() {}

  private static final char NBSP = '\u00a0';
  private static final List<Integer> THREES = List.of(3);

  static final List<Culture> ALL =
      List.of(
          new Culture(
              "",
              numbers(',', '.', "¤", 2, 0, 0, 0, 0),
              dates("MM/dd/yyyy", "dddd, dd MMMM yyyy", "HH:mm", "HH:mm:ss", "MMMM dd", "yyyy MMMM",
                  "/", "AM", "PM", EN_MONTHS, null, EN_SHORT_MONTHS, EN_DAYS, EN_SHORT_DAYS, 0)),
          new Culture(
              "en-US",
              numbers(',', '.', "$", 2, 0, 0, 0, 0),
              dates("M/d/yyyy", "dddd, MMMM d, yyyy", "h:mm tt", "h:mm:ss tt", "MMMM d", "MMMM yyyy",
                  "/", "AM", "PM", EN_MONTHS, null, EN_SHORT_MONTHS, EN_DAYS, EN_SHORT_DAYS, 0)),
          new Culture(
              "en-GB",
              numbers(',', '.', "£", 2, 0, 1, 1, 1),
              dates("dd/MM/yyyy", "dd MMMM yyyy", "HH:mm", "HH:mm:ss", "dd MMMM", "MMMM yyyy",
                  "/", "AM", "PM", EN_MONTHS, null, EN_SHORT_MONTHS, EN_DAYS, EN_SHORT_DAYS, 1)),
          new Culture(
              "en-AU",
              numbers(',', '.', "$", 2, 0, 1, 1, 1),
              dates("d/MM/yyyy", "dddd, d MMMM yyyy", "h:mm tt", "h:mm:ss tt", "d MMMM", "MMMM yyyy",
                  "/", "AM", "PM", EN_MONTHS, null, EN_SHORT_MONTHS, EN_DAYS, EN_SHORT_DAYS, 1)),
          new Culture(
              "en-IN",
              // Indian grouping: the last three digits, then twos (12,34,567.00).
              new Numbers(',', '.', List.of(3, 2), 1, "₹", 2, 2, 12, 1, 1),
              dates("dd-MM-yyyy", "dd MMMM yyyy", "HH:mm", "HH:mm:ss", "dd MMMM", "MMMM, yyyy",
                  "-", "AM", "PM", EN_MONTHS, null, EN_SHORT_MONTHS, EN_DAYS, EN_SHORT_DAYS, 1)),
          new Culture(
              "de-DE",
              numbers('.', ',', "€", 2, 3, 8, 0, 0),
              dates("dd.MM.yyyy", "dddd, d. MMMM yyyy", "HH:mm", "HH:mm:ss", "d. MMMM", "MMMM yyyy",
                  ".", "", "", DE_MONTHS, null, DE_SHORT_MONTHS, DE_DAYS, DE_SHORT_DAYS, 1)),
          new Culture(
              "de-CH",
              // Windows writes the Swiss group separator as an ASCII apostrophe (CLDR: U+2019).
              numbers('\'', '.', "CHF", 2, 2, 2, 1, 1),
              dates("dd.MM.yyyy", "dddd, d. MMMM yyyy", "HH:mm", "HH:mm:ss", "d. MMMM", "MMMM yyyy",
                  ".", "", "", DE_MONTHS, null, DE_SHORT_MONTHS, DE_DAYS, DE_SHORT_DAYS, 1)),
          new Culture(
              "fr-FR",
              // U+00A0 in .NET Framework; CLDR (and Java) now have U+202F.
              numbers(NBSP, ',', "€", 2, 3, 8, 0, 0),
              dates("dd/MM/yyyy", "dddd d MMMM yyyy", "HH:mm", "HH:mm:ss", "d MMMM", "MMMM yyyy",
                  "/", "", "", FR_MONTHS, null, FR_SHORT_MONTHS, FR_DAYS, FR_SHORT_DAYS, 1)),
          new Culture(
              "fr-CA",
              numbers(NBSP, ',', "$", 2, 3, 15, 0, 0),
              dates("yyyy-MM-dd", "d MMMM yyyy", "HH:mm", "HH:mm:ss", "d MMMM", "MMMM, yyyy",
                  "-", "", "", FR_MONTHS, null, FR_SHORT_MONTHS, FR_DAYS, FR_SHORT_DAYS, 0)),
          new Culture(
              "es-ES",
              numbers('.', ',', "€", 2, 3, 8, 0, 0),
              dates("dd/MM/yyyy", "dddd, d' de 'MMMM' de 'yyyy", "H:mm", "H:mm:ss", "d' de 'MMMM",
                  "MMMM' de 'yyyy", "/", "", "", ES_MONTHS, null, ES_SHORT_MONTHS, ES_DAYS,
                  ES_SHORT_DAYS, 1)),
          new Culture(
              "it-IT",
              numbers('.', ',', "€", 2, 3, 8, 1, 1),
              dates("dd/MM/yyyy", "dddd d MMMM yyyy", "HH:mm", "HH:mm:ss", "d MMMM", "MMMM yyyy",
                  "/", "", "", IT_MONTHS, null, IT_SHORT_MONTHS, IT_DAYS, IT_SHORT_DAYS, 1)),
          new Culture(
              "pt-BR",
              numbers('.', ',', "R$", 2, 2, 9, 1, 1),
              dates("dd/MM/yyyy", "dddd, d' de 'MMMM' de 'yyyy", "HH:mm", "HH:mm:ss", "d' de 'MMMM",
                  "MMMM' de 'yyyy", "/", "", "", PT_MONTHS, null, PT_SHORT_MONTHS, PT_DAYS,
                  PT_SHORT_DAYS, 0)),
          new Culture(
              "nl-NL",
              numbers('.', ',', "€", 2, 2, 12, 1, 1),
              dates("d-M-yyyy", "dddd d MMMM yyyy", "HH:mm", "HH:mm:ss", "d MMMM", "MMMM yyyy",
                  "-", "", "", NL_MONTHS, null, NL_SHORT_MONTHS, NL_DAYS, NL_SHORT_DAYS, 1)),
          new Culture(
              "ja-JP",
              numbers(',', '.', "¥", 0, 0, 1, 1, 1),
              dates("yyyy/MM/dd", "yyyy'年'M'月'd'日'", "H:mm", "H:mm:ss", "M'月'd'日'", "yyyy'年'M'月'",
                  "/", "午前", "午後", JA_MONTHS, null, NUMBERS_1_12, JA_DAYS, JA_SHORT_DAYS, 0)),
          new Culture(
              "zh-CN",
              numbers(',', '.', "¥", 2, 0, 2, 1, 1),
              dates("yyyy/M/d", "yyyy'年'M'月'd'日'", "H:mm", "H:mm:ss", "M'月'd'日'", "yyyy'年'M'月'",
                  "/", "上午", "下午", ZH_MONTHS, null, JA_MONTHS, ZH_DAYS, ZH_SHORT_DAYS, 1)),
          new Culture(
              "ko-KR",
              numbers(',', '.', "₩", 0, 0, 1, 1, 1),
              dates("yyyy-MM-dd", "yyyy'년' M'월' d'일' dddd", "tt h:mm", "tt h:mm:ss", "M'월' d'일'",
                  "yyyy'년' M'월'", "-", "오전", "오후", KO_MONTHS, null, NUMBERS_1_12, KO_DAYS,
                  KO_SHORT_DAYS, 0)),
          new Culture(
              "ru-RU",
              numbers(NBSP, ',', "₽", 2, 3, 8, 1, 1),
              dates("dd.MM.yyyy", "d MMMM yyyy 'г.'", "H:mm", "H:mm:ss", "d MMMM", "MMMM yyyy",
                  ".", "", "", RU_MONTHS, RU_GENITIVE_MONTHS, RU_SHORT_MONTHS, RU_DAYS,
                  RU_SHORT_DAYS, 1)),
          new Culture(
              "pl-PL",
              numbers(NBSP, ',', "zł", 2, 3, 8, 1, 1),
              dates("dd.MM.yyyy", "d MMMM yyyy", "HH:mm", "HH:mm:ss", "d MMMM", "MMMM yyyy",
                  ".", "", "", PL_MONTHS, PL_GENITIVE_MONTHS, PL_SHORT_MONTHS, PL_DAYS,
                  PL_SHORT_DAYS, 1)),
          new Culture(
              "sv-SE",
              numbers(NBSP, ',', "kr", 2, 3, 8, 0, 0),
              dates("yyyy-MM-dd", "'den 'd MMMM yyyy", "HH:mm", "HH:mm:ss", "'den 'd MMMM",
                  "MMMM yyyy", "-", "", "", SV_MONTHS, null, SV_SHORT_MONTHS, SV_DAYS, SV_SHORT_DAYS,
                  1)),
          new Culture(
              "da-DK",
              numbers('.', ',', "kr.", 2, 2, 12, 0, 0),
              dates("dd-MM-yyyy", "d. MMMM yyyy", "HH:mm", "HH:mm:ss", "d. MMMM", "MMMM yyyy",
                  "-", "", "", DA_MONTHS, null, DA_SHORT_MONTHS, NORDIC_DAYS, NORDIC_SHORT_DAYS, 1)),
          new Culture(
              "nb-NO",
              numbers(NBSP, ',', "kr", 2, 2, 9, 0, 0),
              dates("dd.MM.yyyy", "d. MMMM yyyy", "HH:mm", "HH:mm:ss", "d. MMMM", "MMMM yyyy",
                  ".", "", "", NB_MONTHS, null, NB_SHORT_MONTHS, NORDIC_DAYS, NORDIC_SHORT_DAYS, 1)),
          new Culture(
              "fi-FI",
              // Windows spells the long date with the nominative name and a literal 'ta' suffix.
              numbers(NBSP, ',', "€", 2, 3, 8, 0, 0),
              dates("d.M.yyyy", "d. MMMM'ta 'yyyy", "H:mm", "H:mm:ss", "d. MMMM'ta'", "MMMM yyyy",
                  ".", "", "", FI_MONTHS, null, FI_SHORT_MONTHS, FI_DAYS, FI_SHORT_DAYS, 1)));

  private static Numbers numbers(
      char group, char decimal, String currency, int digits, int cpos, int cneg, int ppos, int pneg) {
    return new Numbers(group, decimal, THREES, 1, currency, digits, cpos, cneg, ppos, pneg);
  }

  private static Dates dates(
      String shortDate,
      String longDate,
      String shortTime,
      String longTime,
      String monthDay,
      String yearMonth,
      String separator,
      String am,
      String pm,
      List<String> months,
      List<String> genitive,
      List<String> shortMonths,
      List<String> days,
      List<String> shortDays,
      int firstDay) {
    return new Dates(shortDate, longDate, shortTime, longTime, monthDay, yearMonth, separator, am,
        pm, months, genitive == null ? months : genitive, shortMonths, days, shortDays, firstDay);
  }
}
