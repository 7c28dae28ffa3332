package dev.quern.tds.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.tds.Hex;
import dev.quern.tds.type.TdsVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrowseInfoTokensTest {
  @Test
  void tabNameWritesEachTableAsItsParts() {
    TabNameToken t = new TabNameToken(List.of(List.of("dbo", "t")));
    assertThat(Hex.of(TokensTest.encode(t::encode, TdsVersion.V7_4)))
        .isEqualTo("a40d0002" + "0300640062006f00" + "01007400");
    TokensTest.roundTrip(t, t::encode, in -> TabNameToken.decode(in, TdsVersion.V7_4), TdsVersion.V7_4);
  }

  @Test
  void colInfoWritesNumberTableStatusAndABaseNameOnlyWhenItDiffers() {
    ColInfoToken c = new ColInfoToken(List.of(
        new ColInfoToken.Column(1, 1, ColInfoToken.KEY, null),
        new ColInfoToken.Column(2, 1, ColInfoToken.DIFFERENT_NAME, "v"),
        new ColInfoToken.Column(3, 0, ColInfoToken.HIDDEN | ColInfoToken.EXPRESSION, null)));
    assertThat(Hex.of(TokensTest.encode(c::encode, TdsVersion.V7_4)))
        .isEqualTo("a50c00" + "010108" + "02012001" + "7600" + "030014");
    TokensTest.roundTrip(c, c::encode, in -> ColInfoToken.decode(in, TdsVersion.V7_4), TdsVersion.V7_4);
  }
}
