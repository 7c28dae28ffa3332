package dev.quern.tds.type;

import static dev.quern.tds.type.WireFixtures.decodeAll;
import static dev.quern.tds.type.WireFixtures.encoded;
import static dev.quern.tds.type.WireFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CollationTest {
  @Test
  void defaultIsSqlLatin1GeneralCp1CiAsAsSqlServerSendsIt() {
    assertThat(Collation.DEFAULT.toBytes()).isEqualTo(hex("09 04 D0 00 34"));
    assertThat(encoded(Collation.DEFAULT::encode)).isEqualTo(hex("09 04 D0 00 34"));
    assertThat(Collation.DEFAULT.lcid()).isEqualTo(0x0409);
    assertThat(Collation.DEFAULT.sortId()).isEqualTo(52);
    assertThat(Collation.DEFAULT.charset()).isEqualTo(Charset.forName("windows-1252"));
  }

  @Test
  void decodesFiveBytes() {
    Collation c = decodeAll(hex("09 04 D0 00 34"), Collation::decode);
    assertThat(c).isEqualTo(Collation.DEFAULT);
  }

  @Test
  void rejectsTruncatedCollation() {
    WireFixtures.assertEveryPrefixRejected(hex("09 04 D0 00 34"), Collation::decode);
  }

  @Test
  void usesUtf8WhenTheUtf8FlagIsSet() {
    // Latin1_General_100_CI_AS_SC_UTF8: LCID 0x0409, flags incl. UTF8, version 2, sort id 0.
    Collation utf8 = new Collation(0x0409 | Collation.IGNORE_CASE | Collation.UTF8 | (2 << 28), 0);
    assertThat(utf8.isUtf8()).isTrue();
    assertThat(utf8.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void mapsWindowsLocalesToTheirCodePages() {
    assertThat(windows(0x0419).charset()).isEqualTo(Charset.forName("windows-1251"));
    assertThat(windows(0x0405).charset()).isEqualTo(Charset.forName("windows-1250"));
    assertThat(windows(0x041F).charset()).isEqualTo(Charset.forName("windows-1254"));
    assertThat(windows(0x0408).charset()).isEqualTo(Charset.forName("windows-1253"));
    assertThat(windows(0x0411).charset()).isEqualTo(Charset.forName("windows-31j"));
    assertThat(windows(0x0804).charset()).isEqualTo(Charset.forName("GBK"));
    assertThat(windows(0x0404).charset()).isEqualTo(Charset.forName("x-windows-950"));
    assertThat(windows(0x0412).charset()).isEqualTo(Charset.forName("x-windows-949"));
    assertThat(windows(0x0407).charset()).isEqualTo(Charset.forName("windows-1252"));
  }

  @Test
  void mapsSqlSortOrdersToTheirCodePages() {
    assertThat(new Collation(0x0409, 32).charset()).isEqualTo(Charset.forName("IBM437"));
    assertThat(new Collation(0x0409, 42).charset()).isEqualTo(Charset.forName("IBM850"));
    assertThat(new Collation(0x0405, 82).charset()).isEqualTo(Charset.forName("windows-1250"));
    assertThat(new Collation(0x0419, 106).charset()).isEqualTo(Charset.forName("windows-1251"));
  }

  @Test
  void printsItsFields() {
    assertThat(Collation.DEFAULT.toString()).contains("lcid=0x0409", "sortId=52");
  }

  private static Collation windows(int lcid) {
    return new Collation(lcid | Collation.IGNORE_CASE, 0);
  }
}
