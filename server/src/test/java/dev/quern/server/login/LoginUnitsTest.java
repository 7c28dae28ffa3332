package dev.quern.server.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.server.testing.TdsTestClient;
import dev.quern.tds.message.Encryption;
import dev.quern.tds.message.PreloginMessage;
import dev.quern.tds.type.TdsVersion;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginUnitsTest {
  @Test
  void encryptionFollowsTheSpecMatrix() {
    assertThat(EncryptionNegotiator.negotiate(Encryption.OFF, true, false))
        .isEqualTo(Encryption.OFF);
    assertThat(EncryptionNegotiator.negotiate(Encryption.OFF, true, true))
        .isEqualTo(Encryption.REQ);
    assertThat(EncryptionNegotiator.negotiate(Encryption.ON, true, false))
        .isEqualTo(Encryption.ON);
    assertThat(EncryptionNegotiator.negotiate(Encryption.REQ, true, false))
        .isEqualTo(Encryption.ON);
    assertThat(EncryptionNegotiator.negotiate(Encryption.NOT_SUP, true, false))
        .isEqualTo(Encryption.NOT_SUP);
    assertThat(EncryptionNegotiator.negotiate(Encryption.NOT_SUP, true, true))
        .isEqualTo(Encryption.REQ);
    assertThat(EncryptionNegotiator.negotiate(Encryption.ON, false, false))
        .isEqualTo(Encryption.NOT_SUP);
    assertThat(EncryptionNegotiator.negotiate(Encryption.ON | Encryption.CLIENT_CERT, true,
        false)).isEqualTo(Encryption.ON);
    assertThat(EncryptionNegotiator.negotiate(-1, true, false)).isEqualTo(Encryption.NOT_SUP);
    assertThat(EncryptionNegotiator.loginOnly(Encryption.OFF)).isTrue();
    assertThat(EncryptionNegotiator.tlsFollows(Encryption.NOT_SUP)).isFalse();
  }

  @Test
  void jtdsAskingForLoginOnlyTlsIsAnsweredWithFullTls() {
    assertThat(EncryptionNegotiator.negotiate(TdsTestClient.jtdsPrelogin(Encryption.OFF), true,
        false)).isEqualTo(Encryption.REQ);
    assertThat(EncryptionNegotiator.negotiate(TdsTestClient.jtdsPrelogin(Encryption.ON), true,
        false)).isEqualTo(Encryption.ON);
    assertThat(EncryptionNegotiator.negotiate(TdsTestClient.jtdsPrelogin(Encryption.OFF), false,
        false)).isEqualTo(Encryption.NOT_SUP);
    PreloginMessage mssqlJdbc = new PreloginMessage(List.of(
        new PreloginMessage.Option(0, new byte[] {13, 0, 0, 0, 0, 0}),
        new PreloginMessage.Option(1, new byte[] {0}), new PreloginMessage.Option(5, new byte[36])));
    assertThat(EncryptionNegotiator.negotiate(mssqlJdbc, true, false)).isEqualTo(Encryption.OFF);
    PreloginMessage sameOptionsOtherVersion = new PreloginMessage(List.of(
        new PreloginMessage.Option(0, new byte[] {9, 0, 0, 0, 0, 0}),
        new PreloginMessage.Option(1, new byte[] {0}), new PreloginMessage.Option(2, new byte[] {0}),
        new PreloginMessage.Option(3, new byte[4])));
    assertThat(JtdsPrelogin.matches(sameOptionsOtherVersion)).isFalse();
    assertThat(JtdsPrelogin.matches(TdsTestClient.jtdsPrelogin(Encryption.OFF))).isTrue();
  }

  @Test
  void preloginReplyForASevenOptionClientIsTheReferenceBytes() {
    PreloginMessage request = new PreloginMessage(List.of(
        new PreloginMessage.Option(0, new byte[6]), new PreloginMessage.Option(1, new byte[] {1}),
        new PreloginMessage.Option(2, new byte[] {0}), new PreloginMessage.Option(3, new byte[4]),
        new PreloginMessage.Option(4, new byte[] {0}), new PreloginMessage.Option(5, new byte[36]),
        new PreloginMessage.Option(6, new byte[] {1})));
    ByteBuf out = Unpooled.buffer();
    PreloginReply.to(request, Encryption.ON).encode(out);
    assertThat(ByteBufUtil.hexDump(out)).isEqualTo(
        "0000240006" + "01002a0001" + "02002b0001" + "03002c0000" + "04002c0001" + "05002d0000"
            + "06002d0001" + "ff" + "100010e80000" + "01" + "00" + "00" + "00");
  }

  @Test
  void preloginReplyAlwaysHasMarsButFedAuthOnlyWhenAsked() {
    PreloginMessage freetds = new PreloginMessage(List.of(
        new PreloginMessage.Option(0, new byte[6]), new PreloginMessage.Option(1, new byte[] {0})));
    PreloginMessage reply = PreloginReply.to(freetds, Encryption.OFF);
    assertThat(reply.has(PreloginMessage.MARS)).isTrue();
    assertThat(reply.has(PreloginMessage.FEDAUTHREQUIRED)).isFalse();
    assertThat(reply.options().get(1).token()).isEqualTo(PreloginMessage.ENCRYPTION);
  }

  @Test
  void negotiatesTheHighestCommonVersion() {
    assertThat(LoginFlow.negotiateVersion(TdsVersion.V7_4)).isEqualTo(TdsVersion.V7_4);
    assertThat(LoginFlow.negotiateVersion(0x75000000)).isEqualTo(TdsVersion.V7_4);
    assertThat(LoginFlow.negotiateVersion(TdsVersion.V7_1)).isEqualTo(TdsVersion.V7_1);
    assertThat(LoginFlow.negotiateVersion(TdsVersion.V8_0)).isEqualTo(TdsVersion.V8_0);
    assertThat(LoginFlow.negotiateVersion(TdsVersion.V7_0)).isZero();
    assertThat(LoginResponse.loginAckVersion(TdsVersion.V8_0, TdsVersion.V8_0))
        .isEqualTo(TdsVersion.V7_4);
  }

  @Test
  void storesOnlyASaltedHashAndVerifiesCaseInsensitiveLogin(@TempDir Path dir) throws Exception {
    SaPasswordStore store = SaPasswordStore.of("Corr3ct#Horse");
    store.save(dir);
    String stored = Files.readString(dir.resolve(SaPasswordStore.FILE_NAME));
    assertThat(stored).startsWith("pbkdf2-sha256:").doesNotContain("Corr3ct#Horse");
    SaPasswordStore loaded = SaPasswordStore.load(dir);
    assertThat(loaded.authenticate("SA", "Corr3ct#Horse")).isTrue();
    assertThat(loaded.authenticate("sa", "Corr3ct#Horse")).isTrue();
    assertThat(loaded.authenticate("sa", "corr3ct#horse")).isFalse();
    assertThat(loaded.authenticate("bob", "Corr3ct#Horse")).isFalse();
    assertThat(SaPasswordStore.load(dir.resolve("missing"))).isNull();
  }

  @Test
  void generatedPasswordsAreStrong() {
    String p = SaPasswordStore.generatePassword();
    assertThat(p).hasSize(20).containsPattern("[A-Z]").containsPattern("[a-z]")
        .containsPattern("[0-9]").containsPattern("[#%+\\-=@_]");
    assertThat(SaPasswordStore.generatePassword()).isNotEqualTo(p);
  }
}
