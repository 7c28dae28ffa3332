package dev.quern.catalog.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlTypesTest {
  @Test
  void namesCarryFacets() {
    assertThat(SqlTypes.sqlName(SqlType.ofLength(TypeId.NVARCHAR, 20))).isEqualTo("nvarchar(20)");
    assertThat(SqlTypes.sqlName(SqlTypes.VARBINARY_MAX)).isEqualTo("varbinary(max)");
    assertThat(SqlTypes.sqlName(SqlType.decimal(18, 4))).isEqualTo("decimal(18,4)");
    assertThat(SqlTypes.sqlName(SqlType.withScale(TypeId.DATETIME2, 3))).isEqualTo("datetime2(3)");
    assertThat(SqlTypes.sqlName(SqlTypes.INT)).isEqualTo("int");
  }

  @Test
  void parsesTypeNamesWithDeclareDefaults() {
    assertThat(SqlTypes.parse("varchar")).isEqualTo(SqlType.ofLength(TypeId.VARCHAR, 1));
    assertThat(SqlTypes.parse("NVARCHAR(MAX)")).isEqualTo(SqlTypes.NVARCHAR_MAX);
    assertThat(SqlTypes.parse("decimal")).isEqualTo(SqlType.decimal(18, 0));
    assertThat(SqlTypes.parse("numeric(10, 2)")).isEqualTo(new SqlType(TypeId.NUMERIC, 0, 10, 2));
    assertThat(SqlTypes.parse("datetime2")).isEqualTo(SqlType.withScale(TypeId.DATETIME2, 7));
    assertThat(SqlTypes.parse("datetime2(3)")).isEqualTo(SqlType.withScale(TypeId.DATETIME2, 3));
    assertThat(SqlTypes.parse("float(24)")).isEqualTo(SqlTypes.REAL);
    assertThat(SqlTypes.parse("sysname")).isEqualTo(SqlTypes.SYSNAME);
    assertThat(SqlTypes.parse("[int]")).isEqualTo(SqlTypes.INT);
    assertThat(SqlTypes.parse("character varying(5)"))
        .isEqualTo(SqlType.ofLength(TypeId.VARCHAR, 5));
  }

  @Test
  void castDefaultsToThirty() {
    assertThat(SqlTypes.parseForCast("varchar")).isEqualTo(SqlType.ofLength(TypeId.VARCHAR, 30));
    assertThat(SqlTypes.parseForCast("nchar")).isEqualTo(SqlType.ofLength(TypeId.NCHAR, 30));
  }

  @Test
  void rejectsFacetsSqlServerRejects() {
    assertThatThrownBy(() -> SqlTypes.parse("varchar(9000)"))
        .isInstanceOfSatisfying(
            TypeFacetException.class,
            e -> {
              assertThat(e.number()).isEqualTo(131);
              assertThat(e.text())
                  .isEqualTo(
                      "The size (9000) given to the type 'varchar' exceeds the maximum allowed for"
                          + " any data type (8000).");
            });
    assertThatThrownBy(() -> SqlTypes.parse("nvarchar(4001)"))
        .isInstanceOf(TypeFacetException.class);
    assertThatThrownBy(() -> SqlTypes.parse("decimal(39,0)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SqlTypes.parse("decimal(5,6)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SqlTypes.parse("datetime2(8)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SqlTypes.parse("varchar(0)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SqlTypes.parse("int(4)")).isInstanceOf(IllegalArgumentException.class);
    assertThat(SqlTypes.parse("varchar(8000)")).isEqualTo(SqlType.ofLength(TypeId.VARCHAR, 8000));
    assertThat(SqlTypes.parse("float(53)")).isEqualTo(SqlTypes.FLOAT);
  }

  @Test
  void rejectsUnknownTypes() {
    assertThatThrownBy(() -> SqlTypes.parse("nosuchtype"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SqlTypes.lookup("nosuchtype")).isNull();
  }

  @Test
  void systemTypeIdsRoundTrip() {
    assertThat(SqlTypes.systemTypeId(TypeId.INT)).isEqualTo(56);
    assertThat(SqlTypes.systemTypeId(TypeId.NVARCHAR)).isEqualTo(231);
    for (TypeId id : TypeId.values()) {
      // vector shares varbinary's 165, geometry and geography hierarchyid's 240; user_type_id tells them apart
      if (id != TypeId.VECTOR && id != TypeId.GEOMETRY && id != TypeId.GEOGRAPHY) {
        assertThat(SqlTypes.bySystemTypeId(SqlTypes.systemTypeId(id))).isEqualTo(id);
      }
      assertThat(SqlTypes.byUserTypeId(SqlTypes.userTypeId(id))).isEqualTo(id);
    }
    assertThat(SqlTypes.systemTypeId(TypeId.VECTOR)).isEqualTo(165);
    assertThat(SqlTypes.userTypeId(TypeId.VECTOR)).isEqualTo(255);
    assertThat(SqlTypes.systemTypeId(TypeId.GEOGRAPHY)).isEqualTo(240);
    assertThat(SqlTypes.userTypeId(TypeId.GEOMETRY)).isEqualTo(129);
    assertThat(SqlTypes.userTypeId(TypeId.GEOGRAPHY)).isEqualTo(130);
    assertThat(SqlTypes.bySystemTypeId(1)).isNull();
  }

  @Test
  void storageSizes() {
    assertThat(SqlTypes.fixedByteSize(SqlType.decimal(18, 0))).isEqualTo(9);
    assertThat(SqlTypes.fixedByteSize(SqlType.withScale(TypeId.DATETIME2, 7))).isEqualTo(8);
    assertThat(SqlTypes.fixedByteSize(SqlType.ofLength(TypeId.VARCHAR, 5))).isEqualTo(-1);
  }
}
