package dev.quern.catalog.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HierarchyIdTest {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  // Bytes SQL Server stores for these paths (CAST(CAST(path AS hierarchyid) AS varbinary)): one per
  // range of label integers, both ends of the widest, dotted labels and several levels.
  @ParameterizedTest
  @CsvSource({
    "/, ''", "/0/, 48", "/1/, 58", "/3/, 78", "/4/, 84", "/7/, 9C", "/8/, A2", "/15/, BE",
    "/16/, C110", "/79/, DBF0", "/80/, E00440", "/1103/, EEEFC0", "/1104/, F00088", "/5199/, F7DDF8",
    "/5200/, F80000000220", "/4294972495/, FBFFFFBF77E0", "/4294972496/, FC00000000000110",
    "/281479271683151/, FFFFF7FFFFDFBBF0", "/-1/, 3F80", "/-8/, 3880", "/-9/, 2DF8", "/-72/, 2088",
    "/-73/, 1BEEFC", "/-4168/, 180044", "/-4169/, 17FFFFBF77E0", "/-4294971464/, 140000000220",
    "/-4294971465/, 13FFF7FFFFDFBBF0", "/-281479271682120/, 1000000000000110", "/1/1/, 5AC0",
    "/1/2/, 5B40", "/1.1/, 62C0", "/1.-1/, 61FC", "/0.0/, 5240", "/3/4.5/, 7C5180", "/1/2.3.4/, 5BA084",
    "/-1.5/7/, 447380", "/5200.1/, F8000000024B", "/79.80/1103/, E00438011EEEFC",
    "/2.-8/-72.4/, 71C4825080", "/1/2/3/4/5/6/7/8/, 5B5F0C72CF44",
    "/281479271683150.0/, FFFFF7FFFFDFBBE480", "/1/-2.18/, 59FB0540"
  })
  void encodesAndDecodesAsSqlServerStores(String path, String hex) {
    HierarchyId h = HierarchyId.parse(path);
    assertThat(HEX.formatHex(h.bytes())).isEqualTo(hex);
    assertThat(HierarchyId.fromBytes(HEX.parseHex(hex)).toString()).isEqualTo(path);
  }

  @Test
  void bytesOrderDepthFirstAsSqlServerSorts() {
    List<String> order = List.of("/", "/-281479271682120/", "/-4294971465/", "/-73/", "/-1/", "/-1.5/7/", "/0/",
        "/0.0/", "/1/", "/1/1/", "/1/2/", "/1/2/3/4/5/6/7/8/", "/1/2.3.4/", "/1.-1/", "/1.1/", "/2.-8/-72.4/",
        "/3/", "/3/4.5/", "/79/", "/79.80/1103/", "/80/", "/5200/", "/5200.1/", "/281479271683150.0/",
        "/281479271683151/");
    List<String> sorted = order.reversed().stream().map(HierarchyId::parse).map(HierarchyId::bytes)
        .sorted(Arrays::compareUnsigned).map(b -> HierarchyId.fromBytes(b).toString()).toList();
    assertThat(sorted).isEqualTo(order);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1/2/", "/1/2", "//", "/a/", "/1..2/", "/.1/", "/1./", "/+1/", "/ 1/", "/1.01/",
      "/281479271683152/", "/-281479271682121/", "/281479271683151.0/"})
  void refusesWhatSqlServerRefuses(String text) {
    assertThatThrownBy(() -> HierarchyId.parse(text))
        .isInstanceOfSatisfying(SqlValueException.class, e -> {
          assertThat(e.number()).isEqualTo(6522);
          assertThat(e.text()).contains("24001: SqlHierarchyId.Parse failed because the input string '" + text + "'");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "0F", "40", "5800"})
  void refusesBytesThatAreNoEncoding(String hex) {
    assertThatThrownBy(() -> HierarchyId.fromBytes(HEX.parseHex(hex)))
        .isInstanceOfSatisfying(SqlValueException.class, e -> assertThat(e.text()).contains("24000"));
  }

  @ParameterizedTest
  @CsvSource({
    "/, , , /1/", "/1/, /1/1/, , /1/2/", "/1/, , /1/1/, /1/0/", "/2/, /2/1/, /2/2/, /2/1.1/",
    "/2/, /2/1/, /2/1.1/, /2/1.0/", "/2/, /2/1.0/, /2/1.1/, /2/1.0.1/", "/, /0/, /1/, /0.1/",
    "/, /1/, /3/, /2/", "/, /1.5/, /2/, /1.6/", "/, /-1/, , /0/"
  })
  void getDescendantFindsAChildBetween(String parent, String child1, String child2, String expected) {
    HierarchyId c1 = child1 == null ? null : HierarchyId.parse(child1);
    HierarchyId c2 = child2 == null ? null : HierarchyId.parse(child2);
    assertThat(HierarchyId.parse(parent).descendant(c1, c2).toString()).isEqualTo(expected);
  }

  @Test
  void getDescendantRefusesNonChildrenAndDisorder() {
    HierarchyId p = HierarchyId.parse("/1/");
    assertThatThrownBy(() -> p.descendant(HierarchyId.parse("/2/1/"), null)).hasMessageContaining("24004")
        .hasMessageContaining("'child1' was '/2/1/' and 'this' was '/1/'");
    assertThatThrownBy(() -> p.descendant(null, HierarchyId.parse("/1/1/1/"))).hasMessageContaining("24005");
    assertThatThrownBy(() -> p.descendant(HierarchyId.parse("/1/2/"), HierarchyId.parse("/1/1/")))
        .hasMessageContaining("24006");
  }

  @Test
  void ancestorsLevelsDescendantsAndReparenting() {
    HierarchyId h = HierarchyId.parse("/1/2.3/4/");
    assertThat(h.level()).isEqualTo(3);
    assertThat(h.ancestor(0)).isEqualTo(h);
    assertThat(h.ancestor(1).toString()).isEqualTo("/1/2.3/");
    assertThat(h.ancestor(3)).isEqualTo(HierarchyId.ROOT);
    assertThat(h.ancestor(4)).isNull();
    assertThatThrownBy(() -> h.ancestor(-1)).hasMessageContaining("24011");
    assertThat(h.isDescendantOf(HierarchyId.parse("/1/"))).isTrue();
    assertThat(h.isDescendantOf(h)).isTrue();
    assertThat(h.isDescendantOf(HierarchyId.parse("/1/2/"))).isFalse();
    assertThat(h.reparented(HierarchyId.parse("/1/"), HierarchyId.parse("/5/6/")).toString()).isEqualTo("/5/6/2.3/4/");
    assertThatThrownBy(() -> h.reparented(HierarchyId.parse("/2/"), HierarchyId.ROOT)).hasMessageContaining("24009");
  }
}
