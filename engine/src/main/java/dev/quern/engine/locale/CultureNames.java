package dev.quern.engine.locale;

import static dev.quern.engine.locale.Culture.list;

import java.util.List;

/**
 * The month and day names of the cultures in {@link CultureTable}, as Windows' NLS data (and so
 * .NET Framework, and so SQL Server's FORMAT) has them. Days run from Sunday.
 */
final class CultureNames {
  private CultureNames() {}

  static final List<String> EN_MONTHS =
      list("January,February,March,April,May,June,July,August,September,October,November,December");
  static final List<String> EN_SHORT_MONTHS =
      list("Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec");
  static final List<String> EN_DAYS =
      list("Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday");
  static final List<String> EN_SHORT_DAYS = list("Sun,Mon,Tue,Wed,Thu,Fri,Sat");

  static final List<String> DE_MONTHS =
      list("Januar,Februar,März,April,Mai,Juni,Juli,August,September,Oktober,November,Dezember");
  static final List<String> DE_SHORT_MONTHS =
      list("Jan,Feb,Mrz,Apr,Mai,Jun,Jul,Aug,Sep,Okt,Nov,Dez");
  static final List<String> DE_DAYS =
      list("Sonntag,Montag,Dienstag,Mittwoch,Donnerstag,Freitag,Samstag");
  static final List<String> DE_SHORT_DAYS = list("So,Mo,Di,Mi,Do,Fr,Sa");

  static final List<String> FR_MONTHS =
      list(
          "janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre");
  static final List<String> FR_SHORT_MONTHS =
      list("janv.,févr.,mars,avr.,mai,juin,juil.,août,sept.,oct.,nov.,déc.");
  static final List<String> FR_DAYS = list("dimanche,lundi,mardi,mercredi,jeudi,vendredi,samedi");
  static final List<String> FR_SHORT_DAYS = list("dim.,lun.,mar.,mer.,jeu.,ven.,sam.");

  static final List<String> ES_MONTHS =
      list(
          "enero,febrero,marzo,abril,mayo,junio,julio,agosto,septiembre,octubre,noviembre,diciembre");
  static final List<String> ES_SHORT_MONTHS =
      list("ene.,feb.,mar.,abr.,may.,jun.,jul.,ago.,sep.,oct.,nov.,dic.");
  static final List<String> ES_DAYS =
      list("domingo,lunes,martes,miércoles,jueves,viernes,sábado");
  static final List<String> ES_SHORT_DAYS = list("do.,lu.,ma.,mi.,ju.,vi.,sá.");

  static final List<String> IT_MONTHS =
      list(
          "gennaio,febbraio,marzo,aprile,maggio,giugno,luglio,agosto,settembre,ottobre,novembre,dicembre");
  static final List<String> IT_SHORT_MONTHS =
      list("gen,feb,mar,apr,mag,giu,lug,ago,set,ott,nov,dic");
  static final List<String> IT_DAYS =
      list("domenica,lunedì,martedì,mercoledì,giovedì,venerdì,sabato");
  static final List<String> IT_SHORT_DAYS = list("dom,lun,mar,mer,gio,ven,sab");

  static final List<String> PT_MONTHS =
      list(
          "janeiro,fevereiro,março,abril,maio,junho,julho,agosto,setembro,outubro,novembro,dezembro");
  static final List<String> PT_SHORT_MONTHS =
      list("jan,fev,mar,abr,mai,jun,jul,ago,set,out,nov,dez");
  static final List<String> PT_DAYS =
      list("domingo,segunda-feira,terça-feira,quarta-feira,quinta-feira,sexta-feira,sábado");
  static final List<String> PT_SHORT_DAYS = list("dom,seg,ter,qua,qui,sex,sáb");

  static final List<String> NL_MONTHS =
      list(
          "januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december");
  static final List<String> NL_SHORT_MONTHS =
      list("jan,feb,mrt,apr,mei,jun,jul,aug,sep,okt,nov,dec");
  static final List<String> NL_DAYS =
      list("zondag,maandag,dinsdag,woensdag,donderdag,vrijdag,zaterdag");
  static final List<String> NL_SHORT_DAYS = list("zo,ma,di,wo,do,vr,za");

  static final List<String> JA_MONTHS = list("1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月");
  static final List<String> NUMBERS_1_12 = list("1,2,3,4,5,6,7,8,9,10,11,12");
  static final List<String> JA_DAYS = list("日曜日,月曜日,火曜日,水曜日,木曜日,金曜日,土曜日");
  static final List<String> JA_SHORT_DAYS = list("日,月,火,水,木,金,土");

  static final List<String> ZH_MONTHS =
      list("一月,二月,三月,四月,五月,六月,七月,八月,九月,十月,十一月,十二月");
  static final List<String> ZH_DAYS = list("星期日,星期一,星期二,星期三,星期四,星期五,星期六");
  static final List<String> ZH_SHORT_DAYS = list("周日,周一,周二,周三,周四,周五,周六");

  static final List<String> KO_MONTHS =
      list("1월,2월,3월,4월,5월,6월,7월,8월,9월,10월,11월,12월");
  static final List<String> KO_DAYS = list("일요일,월요일,화요일,수요일,목요일,금요일,토요일");
  static final List<String> KO_SHORT_DAYS = list("일,월,화,수,목,금,토");

  static final List<String> RU_MONTHS =
      list(
          "Январь,Февраль,Март,Апрель,Май,Июнь,Июль,Август,Сентябрь,Октябрь,Ноябрь,Декабрь");
  static final List<String> RU_GENITIVE_MONTHS =
      list(
          "января,февраля,марта,апреля,мая,июня,июля,августа,сентября,октября,ноября,декабря");
  static final List<String> RU_SHORT_MONTHS =
      list("янв,фев,мар,апр,май,июн,июл,авг,сен,окт,ноя,дек");
  static final List<String> RU_DAYS =
      list("воскресенье,понедельник,вторник,среда,четверг,пятница,суббота");
  static final List<String> RU_SHORT_DAYS = list("Вс,Пн,Вт,Ср,Чт,Пт,Сб");

  static final List<String> SV_MONTHS =
      list(
          "januari,februari,mars,april,maj,juni,juli,augusti,september,oktober,november,december");
  static final List<String> SV_SHORT_MONTHS =
      list("jan,feb,mar,apr,maj,jun,jul,aug,sep,okt,nov,dec");
  static final List<String> SV_DAYS = list("söndag,måndag,tisdag,onsdag,torsdag,fredag,lördag");
  static final List<String> SV_SHORT_DAYS = list("sö,må,ti,on,to,fr,lö");

  static final List<String> PL_MONTHS =
      list(
          "styczeń,luty,marzec,kwiecień,maj,czerwiec,lipiec,sierpień,wrzesień,październik,listopad,grudzień");
  static final List<String> PL_GENITIVE_MONTHS =
      list(
          "stycznia,lutego,marca,kwietnia,maja,czerwca,lipca,sierpnia,września,października,listopada,grudnia");
  static final List<String> PL_SHORT_MONTHS =
      list("sty,lut,mar,kwi,maj,cze,lip,sie,wrz,paź,lis,gru");
  static final List<String> PL_DAYS =
      list("niedziela,poniedziałek,wtorek,środa,czwartek,piątek,sobota");
  static final List<String> PL_SHORT_DAYS = list("N,Pn,Wt,Śr,Cz,Pt,So");

  static final List<String> DA_MONTHS =
      list(
          "januar,februar,marts,april,maj,juni,juli,august,september,oktober,november,december");
  static final List<String> DA_SHORT_MONTHS =
      list("jan,feb,mar,apr,maj,jun,jul,aug,sep,okt,nov,dec");
  static final List<String> NORDIC_DAYS =
      list("søndag,mandag,tirsdag,onsdag,torsdag,fredag,lørdag");
  static final List<String> NORDIC_SHORT_DAYS = list("sø,ma,ti,on,to,fr,lø");

  static final List<String> NB_MONTHS =
      list("januar,februar,mars,april,mai,juni,juli,august,september,oktober,november,desember");
  static final List<String> NB_SHORT_MONTHS =
      list("jan,feb,mar,apr,mai,jun,jul,aug,sep,okt,nov,des");

  static final List<String> FI_MONTHS =
      list(
          "tammikuu,helmikuu,maaliskuu,huhtikuu,toukokuu,kesäkuu,heinäkuu,elokuu,syyskuu,lokakuu,marraskuu,joulukuu");
  static final List<String> FI_SHORT_MONTHS =
      list("tammi,helmi,maalis,huhti,touko,kesä,heinä,elo,syys,loka,marras,joulu");
  static final List<String> FI_DAYS =
      list("sunnuntai,maanantai,tiistai,keskiviikko,torstai,perjantai,lauantai");
  static final List<String> FI_SHORT_DAYS = list("su,ma,ti,ke,to,pe,la");
}
