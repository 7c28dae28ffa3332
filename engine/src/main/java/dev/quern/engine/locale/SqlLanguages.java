package dev.quern.engine.locale;

import static dev.quern.engine.locale.Culture.list;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages of sys.syslanguages that Quern has: the ones whose culture it also knows (so
 * FORMAT in such a session works). SQL Server's other languages (čeština, magyar, Türkçe, 繁體中文 …)
 * are not here: SET LANGUAGE gives them 2731 like any unknown name.
 */
public final class SqlLanguages {
  private static final List<String> NUMBERED_MONTHS = list("01,02,03,04,05,06,07,08,09,10,11,12");
  private static final List<String> ENGLISH_MONTHS =
      list("January,February,March,April,May,June,July,August,September,October,November,December");
  private static final List<String> ENGLISH_SHORT =
      list("Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec");
  private static final List<String> ENGLISH_DAYS =
      list("Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday");
  private static final List<String> NORWEGIAN_MONTHS =
      list("januar,februar,mars,april,mai,juni,juli,august,september,oktober,november,desember");
  private static final List<String> NORWEGIAN_SHORT =
      list("jan,feb,mar,apr,mai,jun,jul,aug,sep,okt,nov,des");
  private static final List<String> NORWEGIAN_DAYS =
      list("mandag,tirsdag,onsdag,torsdag,fredag,lørdag,søndag");

  private static final List<SqlLanguage> ALL =
      List.of(
          new SqlLanguage(0, "mdy", 7, "us_english", "English", ENGLISH_MONTHS, ENGLISH_SHORT,
              ENGLISH_DAYS, 1033, "en-US"),
          new SqlLanguage(1, "dmy", 1, "Deutsch", "German",
              list("Januar,Februar,März,April,Mai,Juni,Juli,August,September,Oktober,November,Dezember"),
              list("Jan,Feb,Mär,Apr,Mai,Jun,Jul,Aug,Sep,Okt,Nov,Dez"),
              list("Montag,Dienstag,Mittwoch,Donnerstag,Freitag,Samstag,Sonntag"), 1031, "de-DE"),
          new SqlLanguage(2, "dmy", 1, "Français", "French",
              list("janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre"),
              list("janv,févr,mars,avr,mai,juin,juil,août,sept,oct,nov,déc"),
              list("lundi,mardi,mercredi,jeudi,vendredi,samedi,dimanche"), 1036, "fr-FR"),
          new SqlLanguage(3, "ymd", 7, "日本語", "Japanese", NUMBERED_MONTHS, NUMBERED_MONTHS,
              list("月曜日,火曜日,水曜日,木曜日,金曜日,土曜日,日曜日"), 1041, "ja-JP"),
          new SqlLanguage(4, "dmy", 1, "Dansk", "Danish",
              list("januar,februar,marts,april,maj,juni,juli,august,september,oktober,november,december"),
              list("jan,feb,mar,apr,maj,jun,jul,aug,sep,okt,nov,dec"),
              list("mandag,tirsdag,onsdag,torsdag,fredag,lørdag,søndag"), 1030, "da-DK"),
          new SqlLanguage(5, "dmy", 1, "Español", "Spanish",
              list("Enero,Febrero,Marzo,Abril,Mayo,Junio,Julio,Agosto,Septiembre,Octubre,Noviembre,Diciembre"),
              list("Ene,Feb,Mar,Abr,May,Jun,Jul,Ago,Sep,Oct,Nov,Dic"),
              list("Lunes,Martes,Miércoles,Jueves,Viernes,Sábado,Domingo"), 3082, "es-ES"),
          new SqlLanguage(6, "dmy", 1, "Italiano", "Italian",
              list("gennaio,febbraio,marzo,aprile,maggio,giugno,luglio,agosto,settembre,ottobre,novembre,dicembre"),
              list("gen,feb,mar,apr,mag,giu,lug,ago,set,ott,nov,dic"),
              list("lunedì,martedì,mercoledì,giovedì,venerdì,sabato,domenica"), 1040, "it-IT"),
          new SqlLanguage(7, "dmy", 1, "Nederlands", "Dutch",
              list("januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december"),
              list("jan,feb,mrt,apr,mei,jun,jul,aug,sep,okt,nov,dec"),
              list("maandag,dinsdag,woensdag,donderdag,vrijdag,zaterdag,zondag"), 1043, "nl-NL"),
          new SqlLanguage(8, "dmy", 1, "Norsk", "Norwegian", NORWEGIAN_MONTHS, NORWEGIAN_SHORT,
              NORWEGIAN_DAYS, 2068, "nb-NO"),
          new SqlLanguage(10, "dmy", 1, "Suomi", "Finnish",
              list("tammikuu,helmikuu,maaliskuu,huhtikuu,toukokuu,kesäkuu,heinäkuu,elokuu,syyskuu,lokakuu,marraskuu,joulukuu"),
              list("tammi,helmi,maalis,huhti,touko,kesä,heinä,elo,syys,loka,marras,joulu"),
              list("maanantai,tiistai,keskiviikko,torstai,perjantai,lauantai,sunnuntai"), 1035, "fi-FI"),
          new SqlLanguage(11, "ymd", 1, "Svenska", "Swedish",
              list("januari,februari,mars,april,maj,juni,juli,augusti,september,oktober,november,december"),
              list("jan,feb,mar,apr,maj,jun,jul,aug,sep,okt,nov,dec"),
              list("måndag,tisdag,onsdag,torsdag,fredag,lördag,söndag"), 1053, "sv-SE"),
          new SqlLanguage(14, "dmy", 1, "polski", "Polish",
              list("styczeń,luty,marzec,kwiecień,maj,czerwiec,lipiec,sierpień,wrzesień,październik,listopad,grudzień"),
              list("I,II,III,IV,V,VI,VII,VIII,IX,X,XI,XII"),
              list("poniedziałek,wtorek,środa,czwartek,piątek,sobota,niedziela"), 1045, "pl-PL"),
          new SqlLanguage(21, "dmy", 1, "русский", "Russian",
              list("Январь,Февраль,Март,Апрель,Май,Июнь,Июль,Август,Сентябрь,Октябрь,Ноябрь,Декабрь"),
              list("янв,фев,мар,апр,май,июн,июл,авг,сен,окт,ноя,дек"),
              list("понедельник,вторник,среда,четверг,пятница,суббота,воскресенье"), 1049, "ru-RU"),
          new SqlLanguage(23, "dmy", 1, "British", "British English", ENGLISH_MONTHS,
              ENGLISH_SHORT, ENGLISH_DAYS, 2057, "en-GB"),
          new SqlLanguage(27, "dmy", 7, "Português (Brasil)", "Brazilian",
              list("Janeiro,Fevereiro,Março,Abril,Maio,Junho,Julho,Agosto,Setembro,Outubro,Novembro,Dezembro"),
              list("Jan,Fev,Mar,Abr,Mai,Jun,Jul,Ago,Set,Out,Nov,Dez"),
              list("Segunda-Feira,Terça-Feira,Quarta-Feira,Quinta-Feira,Sexta-Feira,Sábado,Domingo"),
              1046, "pt-BR"),
          new SqlLanguage(29, "ymd", 7, "한국어", "Korean", NUMBERED_MONTHS, NUMBERED_MONTHS,
              list("월요일,화요일,수요일,목요일,금요일,토요일,일요일"), 1042, "ko-KR"),
          new SqlLanguage(30, "ymd", 7, "简体中文", "Simplified Chinese", NUMBERED_MONTHS,
              NUMBERED_MONTHS, list("星期一,星期二,星期三,星期四,星期五,星期六,星期日"), 2052, "zh-CN"),
          new SqlLanguage(33, "dmy", 1, "norsk (bokmål)", "Norwegian (Bokmål)", NORWEGIAN_MONTHS,
              NORWEGIAN_SHORT, NORWEGIAN_DAYS, 1044, "nb-NO"));

  /** Names and aliases, lower case, to languages: looked up per row by CONVERT. */
  private static final Map<String, SqlLanguage> BY_NAME = new HashMap<>();

  static {
    for (SqlLanguage l : ALL) {
      BY_NAME.put(l.name().toLowerCase(Locale.ROOT), l);
      BY_NAME.putIfAbsent(l.alias().toLowerCase(Locale.ROOT), l);
    }
  }

  private SqlLanguages() {}

  /** us_english, the language of a login that names none. */
  public static final SqlLanguage US_ENGLISH = ALL.getFirst();

  /** Every language, in langid order (sys.syslanguages, sp_helplanguage). */
  public static List<SqlLanguage> all() {
    return ALL;
  }

  /** Finds a language by name or alias, case-insensitively. */
  public static Optional<SqlLanguage> find(String nameOrAlias) {
    return Optional.ofNullable(BY_NAME.get(nameOrAlias.strip().toLowerCase(Locale.ROOT)));
  }
}
