package dev.quern.catalog.value;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Windows time zones SQL Server knows (the names sys.time_zone_info lists and AT TIME ZONE
 * takes, "sys.time_zone_info (Transact-SQL)"), each with the IANA zone whose rules Quern computes
 * with: the "001" (golden) territory of CLDR's windowsZones.xml. Listed in Windows' display order,
 * west to east. Names match ignoring case, as SQL Server matches them.
 *
 * <p>The IANA rules are the JDK's tz database, so a historical date may get a different offset
 * than Windows gives it (Windows keeps less history); current rules agree.
 */
public final class WindowsTimeZones {
  /** A zone: its Windows name as SQL Server spells it, and the IANA zone it follows. */
  public record Zone(String name, ZoneId rules) {
    /** The offset from UTC at {@code at} as datetimeoffset text writes it: '+05:30', '+00:00'. */
    public String offsetText(Instant at) {
      return DateTimeText.offset(rules.getRules().getOffset(at));
    }

    /** The zone's standard offset (daylight saving aside) at {@code at}, as {@link #offsetText}. */
    public String standardOffsetText(Instant at) {
      return DateTimeText.offset(rules.getRules().getStandardOffset(at));
    }

    /** Is daylight saving time observed at {@code at}? */
    public boolean daylightSaving(Instant at) {
      return rules.getRules().isDaylightSavings(at);
    }
  }

  private static final List<Zone> ZONES = new ArrayList<>();
  private static final List<Zone> ALL = Collections.unmodifiableList(ZONES);
  private static final Map<String, Zone> BY_NAME = new HashMap<>();

  static {
    add("Dateline Standard Time", "Etc/GMT+12");
    add("UTC-11", "Etc/GMT+11");
    add("Aleutian Standard Time", "America/Adak");
    add("Hawaiian Standard Time", "Pacific/Honolulu");
    add("Marquesas Standard Time", "Pacific/Marquesas");
    add("Alaskan Standard Time", "America/Anchorage");
    add("UTC-09", "Etc/GMT+9");
    add("Pacific Standard Time (Mexico)", "America/Tijuana");
    add("UTC-08", "Etc/GMT+8");
    add("Pacific Standard Time", "America/Los_Angeles");
    add("US Mountain Standard Time", "America/Phoenix");
    add("Mountain Standard Time (Mexico)", "America/Mazatlan");
    add("Mountain Standard Time", "America/Denver");
    add("Yukon Standard Time", "America/Whitehorse");
    add("Central America Standard Time", "America/Guatemala");
    add("Central Standard Time", "America/Chicago");
    add("Easter Island Standard Time", "Pacific/Easter");
    add("Central Standard Time (Mexico)", "America/Mexico_City");
    add("Canada Central Standard Time", "America/Regina");
    add("SA Pacific Standard Time", "America/Bogota");
    add("Eastern Standard Time (Mexico)", "America/Cancun");
    add("Eastern Standard Time", "America/New_York");
    add("Haiti Standard Time", "America/Port-au-Prince");
    add("Cuba Standard Time", "America/Havana");
    add("US Eastern Standard Time", "America/Indiana/Indianapolis");
    add("Turks And Caicos Standard Time", "America/Grand_Turk");
    add("Paraguay Standard Time", "America/Asuncion");
    add("Atlantic Standard Time", "America/Halifax");
    add("Venezuela Standard Time", "America/Caracas");
    add("Central Brazilian Standard Time", "America/Cuiaba");
    add("SA Western Standard Time", "America/La_Paz");
    add("Pacific SA Standard Time", "America/Santiago");
    add("Newfoundland Standard Time", "America/St_Johns");
    add("Tocantins Standard Time", "America/Araguaina");
    add("E. South America Standard Time", "America/Sao_Paulo");
    add("SA Eastern Standard Time", "America/Cayenne");
    add("Argentina Standard Time", "America/Argentina/Buenos_Aires");
    add("Greenland Standard Time", "America/Nuuk");
    add("Montevideo Standard Time", "America/Montevideo");
    add("Magallanes Standard Time", "America/Punta_Arenas");
    add("Saint Pierre Standard Time", "America/Miquelon");
    add("Bahia Standard Time", "America/Bahia");
    add("UTC-02", "Etc/GMT+2");
    add("Azores Standard Time", "Atlantic/Azores");
    add("Cape Verde Standard Time", "Atlantic/Cape_Verde");
    add("UTC", "Etc/UTC");
    add("GMT Standard Time", "Europe/London");
    add("Greenwich Standard Time", "Atlantic/Reykjavik");
    add("Sao Tome Standard Time", "Africa/Sao_Tome");
    add("Morocco Standard Time", "Africa/Casablanca");
    add("W. Europe Standard Time", "Europe/Berlin");
    add("Central Europe Standard Time", "Europe/Budapest");
    add("Romance Standard Time", "Europe/Paris");
    add("Central European Standard Time", "Europe/Warsaw");
    add("W. Central Africa Standard Time", "Africa/Lagos");
    add("Jordan Standard Time", "Asia/Amman");
    add("GTB Standard Time", "Europe/Bucharest");
    add("Middle East Standard Time", "Asia/Beirut");
    add("Egypt Standard Time", "Africa/Cairo");
    add("E. Europe Standard Time", "Europe/Chisinau");
    add("Syria Standard Time", "Asia/Damascus");
    add("West Bank Standard Time", "Asia/Hebron");
    add("South Africa Standard Time", "Africa/Johannesburg");
    add("FLE Standard Time", "Europe/Kiev");
    add("Israel Standard Time", "Asia/Jerusalem");
    add("South Sudan Standard Time", "Africa/Juba");
    add("Kaliningrad Standard Time", "Europe/Kaliningrad");
    add("Sudan Standard Time", "Africa/Khartoum");
    add("Libya Standard Time", "Africa/Tripoli");
    add("Namibia Standard Time", "Africa/Windhoek");
    add("Arabic Standard Time", "Asia/Baghdad");
    add("Turkey Standard Time", "Europe/Istanbul");
    add("Arab Standard Time", "Asia/Riyadh");
    add("Belarus Standard Time", "Europe/Minsk");
    add("Russian Standard Time", "Europe/Moscow");
    add("E. Africa Standard Time", "Africa/Nairobi");
    add("Volgograd Standard Time", "Europe/Volgograd");
    add("Iran Standard Time", "Asia/Tehran");
    add("Arabian Standard Time", "Asia/Dubai");
    add("Astrakhan Standard Time", "Europe/Astrakhan");
    add("Azerbaijan Standard Time", "Asia/Baku");
    add("Russia Time Zone 3", "Europe/Samara");
    add("Mauritius Standard Time", "Indian/Mauritius");
    add("Saratov Standard Time", "Europe/Saratov");
    add("Georgian Standard Time", "Asia/Tbilisi");
    add("Caucasus Standard Time", "Asia/Yerevan");
    add("Afghanistan Standard Time", "Asia/Kabul");
    add("West Asia Standard Time", "Asia/Tashkent");
    add("Qyzylorda Standard Time", "Asia/Qyzylorda");
    add("Ekaterinburg Standard Time", "Asia/Yekaterinburg");
    add("Pakistan Standard Time", "Asia/Karachi");
    add("India Standard Time", "Asia/Kolkata");
    add("Sri Lanka Standard Time", "Asia/Colombo");
    add("Nepal Standard Time", "Asia/Kathmandu");
    add("Central Asia Standard Time", "Asia/Bishkek");
    add("Bangladesh Standard Time", "Asia/Dhaka");
    add("Omsk Standard Time", "Asia/Omsk");
    add("Myanmar Standard Time", "Asia/Yangon");
    add("SE Asia Standard Time", "Asia/Bangkok");
    add("Altai Standard Time", "Asia/Barnaul");
    add("W. Mongolia Standard Time", "Asia/Hovd");
    add("North Asia Standard Time", "Asia/Krasnoyarsk");
    add("N. Central Asia Standard Time", "Asia/Novosibirsk");
    add("Tomsk Standard Time", "Asia/Tomsk");
    add("China Standard Time", "Asia/Shanghai");
    add("North Asia East Standard Time", "Asia/Irkutsk");
    add("Singapore Standard Time", "Asia/Singapore");
    add("W. Australia Standard Time", "Australia/Perth");
    add("Taipei Standard Time", "Asia/Taipei");
    add("Ulaanbaatar Standard Time", "Asia/Ulaanbaatar");
    add("Aus Central W. Standard Time", "Australia/Eucla");
    add("Transbaikal Standard Time", "Asia/Chita");
    add("Tokyo Standard Time", "Asia/Tokyo");
    add("North Korea Standard Time", "Asia/Pyongyang");
    add("Korea Standard Time", "Asia/Seoul");
    add("Yakutsk Standard Time", "Asia/Yakutsk");
    add("Cen. Australia Standard Time", "Australia/Adelaide");
    add("AUS Central Standard Time", "Australia/Darwin");
    add("E. Australia Standard Time", "Australia/Brisbane");
    add("AUS Eastern Standard Time", "Australia/Sydney");
    add("West Pacific Standard Time", "Pacific/Port_Moresby");
    add("Tasmania Standard Time", "Australia/Hobart");
    add("Vladivostok Standard Time", "Asia/Vladivostok");
    add("Lord Howe Standard Time", "Australia/Lord_Howe");
    add("Bougainville Standard Time", "Pacific/Bougainville");
    add("Russia Time Zone 10", "Asia/Srednekolymsk");
    add("Magadan Standard Time", "Asia/Magadan");
    add("Norfolk Standard Time", "Pacific/Norfolk");
    add("Sakhalin Standard Time", "Asia/Sakhalin");
    add("Central Pacific Standard Time", "Pacific/Guadalcanal");
    add("Russia Time Zone 11", "Asia/Kamchatka");
    add("New Zealand Standard Time", "Pacific/Auckland");
    add("UTC+12", "Etc/GMT-12");
    add("Fiji Standard Time", "Pacific/Fiji");
    // Windows still lists this pre-2011 zone ("Petropavlovsk-Kamchatsky - Old"); today's rules agree.
    add("Kamchatka Standard Time", "Asia/Kamchatka");
    add("Chatham Islands Standard Time", "Pacific/Chatham");
    add("UTC+13", "Etc/GMT-13");
    add("Tonga Standard Time", "Pacific/Tongatapu");
    add("Samoa Standard Time", "Pacific/Apia");
    add("Line Islands Standard Time", "Pacific/Kiritimati");
  }

  private WindowsTimeZones() {}

  private static void add(String name, String iana) {
    Zone zone = new Zone(name, ZoneId.of(iana));
    ZONES.add(zone);
    BY_NAME.put(name.toLowerCase(Locale.ROOT), zone);
  }

  /** Every zone, in Windows' display order. */
  public static List<Zone> all() {
    return ALL;
  }

  /**
   * The Windows zone a machine set to the IANA zone {@code zone} observes (CURRENT_TIMEZONE_ID): the
   * one following exactly that zone, else the first in display order whose offsets agree with it
   * in January and July of {@code year} (Europe/Amsterdam: W. Europe Standard Time), else UTC.
   */
  public static Zone observedBy(ZoneId zone, int year) {
    ZoneId normalized = zone.normalized();
    if (normalized instanceof java.time.ZoneOffset offset && offset.getTotalSeconds() == 0) {
      return find("UTC").orElseThrow();
    }
    for (Zone z : ZONES) {
      if (z.rules().getId().equals(zone.getId())) {
        return z;
      }
    }
    Instant january = java.time.LocalDate.of(year, 1, 15).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    Instant july = java.time.LocalDate.of(year, 7, 15).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    for (Zone z : ZONES) {
      var rules = z.rules().getRules();
      if (rules.getOffset(january).equals(zone.getRules().getOffset(january))
          && rules.getOffset(july).equals(zone.getRules().getOffset(july))) {
        return z;
      }
    }
    return find("UTC").orElseThrow();
  }

  /** The zone of this Windows name, any case; empty for a name Windows does not have. */
  public static Optional<Zone> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }
}
