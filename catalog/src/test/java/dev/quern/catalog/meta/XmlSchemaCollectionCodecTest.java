package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlSchemaCollectionCodecTest {
  private static final XmlSchemaCollection COLLECTION = new XmlSchemaCollection(7, 65537, 1001, "Orders ü", 5,
      List.of("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>", "<xs:schema targetNamespace=\"urn:é\"/>"),
      Instant.ofEpochMilli(1_700_000_000_123L), Instant.ofEpochMilli(1_700_000_999_000L));

  @Test
  void roundTripsEveryFieldAndDocument() {
    assertThat(XmlSchemaCollectionCodec.decode(XmlSchemaCollectionCodec.encode(COLLECTION))).isEqualTo(COLLECTION);
  }

  @Test
  void keysOrderByDatabaseThenCollection() {
    byte[] a = XmlSchemaCollectionCodec.key(7, 65536);
    byte[] b = XmlSchemaCollectionCodec.key(7, 65537);
    byte[] c = XmlSchemaCollectionCodec.key(8, 65536);
    assertThat(java.util.Arrays.compareUnsigned(a, b)).isNegative();
    assertThat(java.util.Arrays.compareUnsigned(b, c)).isNegative();
    assertThat(a[2]).isEqualTo(XmlSchemaCollectionCodec.KIND);
  }

  @Test
  void anAlterAddsADocumentAndKeepsTheCreationDate() {
    Instant later = Instant.ofEpochMilli(1_800_000_000_000L);
    XmlSchemaCollection altered = COLLECTION.withDocument("<xs:schema/>", later);
    assertThat(altered.documents()).hasSize(3).endsWith("<xs:schema/>");
    assertThat(altered.created()).isEqualTo(COLLECTION.created());
    assertThat(altered.modified()).isEqualTo(later);
  }

  @Test
  void refusesAnUnknownFormat() {
    byte[] stored = XmlSchemaCollectionCodec.encode(COLLECTION);
    stored[0] = 9;
    assertThatThrownBy(() -> XmlSchemaCollectionCodec.decode(stored)).isInstanceOf(IllegalStateException.class);
  }
}
