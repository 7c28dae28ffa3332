package dev.quern.tds.token;

import static dev.quern.tds.type.WireFixtures.assertEveryPrefixNeedsMore;
import static dev.quern.tds.type.WireFixtures.decodeAll;
import static dev.quern.tds.type.WireFixtures.encoded;
import static dev.quern.tds.type.WireFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.type.TypeInfo;
import org.junit.jupiter.api.Test;

class ReturnValueTokenTest {
  private static final ReturnValueToken HANDLE =
      ReturnValueToken.output(0, "@handle", TypeInfo.intN(4), 1);

  @Test
  void writesAnOutputParameterPerVersion() {
    String name = "07 40 00 68 00 61 00 6E 00 64 00 6C 00 65 00";
    assertThat(encoded(out -> HANDLE.encode(out, TdsVersion.V7_4)))
        .isEqualTo(hex("AC 00 00 " + name + " 01 | 00 00 00 00 | 01 00 | 26 04 | 04 01 00 00 00"));
    assertThat(encoded(out -> HANDLE.encode(out, TdsVersion.V7_1)))
        .isEqualTo(hex("AC 00 00 " + name + " 01 | 00 00 | 01 00 | 26 04 | 04 01 00 00 00"));
  }

  @Test
  void roundTripsValuesIncludingNullAndMaxTypes() {
    for (ReturnValueToken t :
        new ReturnValueToken[] {
          HANDLE,
          ReturnValueToken.output(2, "@out", TypeInfo.nvarchar(-1), "ok ✓"),
          ReturnValueToken.output(3, "@n", TypeInfo.decimalN(10, 2), null),
          new ReturnValueToken(0, "", ReturnValueToken.STATUS_UDF, 0, 0, TypeInfo.bitN(), true)
        }) {
      byte[] bytes = encoded(out -> t.encode(out, TdsVersion.V7_4));
      assertThat((Object) decodeAll(bytes, in -> ReturnValueToken.decode(in, TdsVersion.V7_4))).isEqualTo(t);
      assertEveryPrefixNeedsMore(bytes, in -> ReturnValueToken.decode(in, TdsVersion.V7_4));
    }
    byte[] v71 = encoded(out -> HANDLE.encode(out, TdsVersion.V7_1));
    assertThat((Object) decodeAll(v71, in -> ReturnValueToken.decode(in, TdsVersion.V7_1))).isEqualTo(HANDLE);
  }

  @Test
  void rejectsUnknownStatusBits() {
    assertThatThrownBy(
            () -> decodeAll(hex("AC 00 00 00 04 00 00 00 00 00 00 26 04 00"),
                in -> ReturnValueToken.decode(in, TdsVersion.V7_4)))
        .isInstanceOf(TdsProtocolException.class);
  }
}
