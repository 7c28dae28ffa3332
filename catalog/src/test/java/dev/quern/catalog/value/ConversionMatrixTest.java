package dev.quern.catalog.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every pair of types the conversion chart allows converts a sample value without an internal
 * failure (only SQL Server errors may come out), and every pair it forbids raises 529.
 */
class ConversionMatrixTest {
  private static final Map<TypeId, Object> SAMPLES =
      Map.ofEntries(
          Map.entry(TypeId.TINYINT, 1),
          Map.entry(TypeId.SMALLINT, 1),
          Map.entry(TypeId.INT, 1),
          Map.entry(TypeId.BIGINT, 1L),
          Map.entry(TypeId.BIT, true),
          Map.entry(TypeId.DECIMAL, new BigDecimal("1.5")),
          Map.entry(TypeId.NUMERIC, new BigDecimal("1.5")),
          Map.entry(TypeId.SMALLMONEY, new BigDecimal("1.5000")),
          Map.entry(TypeId.MONEY, new BigDecimal("1.5000")),
          Map.entry(TypeId.REAL, 1.5f),
          Map.entry(TypeId.FLOAT, 1.5),
          Map.entry(TypeId.CHAR, "1"),
          Map.entry(TypeId.VARCHAR, "1"),
          Map.entry(TypeId.NCHAR, "1"),
          Map.entry(TypeId.NVARCHAR, "1"),
          Map.entry(TypeId.TEXT, "1"),
          Map.entry(TypeId.NTEXT, "1"),
          Map.entry(TypeId.BINARY, new byte[] {0, 0, 0, 1}),
          Map.entry(TypeId.VARBINARY, new byte[] {0, 0, 0, 1}),
          Map.entry(TypeId.IMAGE, new byte[] {0, 0, 0, 1}),
          Map.entry(TypeId.DATE, LocalDate.of(2024, 1, 31)),
          Map.entry(TypeId.TIME, LocalTime.of(10, 0)),
          Map.entry(TypeId.DATETIME2, LocalDateTime.of(2024, 1, 31, 10, 0)),
          Map.entry(
              TypeId.DATETIMEOFFSET, OffsetDateTime.of(2024, 1, 31, 10, 0, 0, 0, ZoneOffset.UTC)),
          Map.entry(TypeId.DATETIME, LocalDateTime.of(2024, 1, 31, 10, 0)),
          Map.entry(TypeId.SMALLDATETIME, LocalDateTime.of(2024, 1, 31, 10, 0)),
          Map.entry(
              TypeId.UNIQUEIDENTIFIER, UUID.fromString("6f9619ff-8b86-d011-b42d-00c04fc964ff")),
          Map.entry(TypeId.XML, "<a/>"),
          Map.entry(TypeId.SQL_VARIANT, new SqlVariant(SqlTypes.INT, 1)),
          Map.entry(TypeId.HIERARCHYID, new byte[] {0x58}),
          Map.entry(TypeId.VECTOR, VectorValue.of(1f)),
          Map.entry(TypeId.JSON, "[1]"),
          Map.entry(TypeId.GEOMETRY, dev.quern.catalog.spatial.SpatialFactory.parse(false, "POINT (1 2)").bytes()),
          Map.entry(TypeId.GEOGRAPHY, dev.quern.catalog.spatial.SpatialFactory.parse(true, "POINT (1 2)").bytes()));

  private static SqlType typeOf(TypeId id) {
    return switch (id) {
      case CHAR, VARCHAR, NCHAR, NVARCHAR, BINARY, VARBINARY -> SqlType.ofLength(id, 40);
      case DECIMAL, NUMERIC -> new SqlType(id, 0, 10, 2);
      case TIME, DATETIME2, DATETIMEOFFSET -> SqlType.withScale(id, 7);
      case VECTOR -> SqlType.ofLength(id, 1);
      default -> SqlTypes.withFacets(id, null, null, 30);
    };
  }

  @Test
  void allowedPairsConvertAndForbiddenPairsRaise529() {
    List<String> failures = new ArrayList<>();
    for (TypeId from : TypeId.values()) {
      for (TypeId to : TypeId.values()) {
        SqlType f = typeOf(from);
        SqlType t = typeOf(to);
        Object v = SAMPLES.get(from);
        if (!Conversions.explicitlyConvertible(f, t)) {
          assertThatThrownBy(() -> Conversions.convert(v, f, t))
              .isInstanceOfSatisfying(
                  SqlValueException.class, e -> assertThat(e.number()).isEqualTo(529));
          continue;
        }
        try {
          Conversions.convert(v, f, t);
        } catch (SqlValueException e) {
          // A SQL Server error for this sample (e.g. '1' is not a date) is a legitimate answer.
        } catch (RuntimeException e) {
          failures.add(from + " -> " + to + ": " + e);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void implicitImpliesExplicit() {
    for (TypeId from : TypeId.values()) {
      for (TypeId to : TypeId.values()) {
        if (Conversions.implicitlyConvertible(typeOf(from), typeOf(to))) {
          assertThat(Conversions.explicitlyConvertible(typeOf(from), typeOf(to)))
              .as(from + " -> " + to)
              .isTrue();
        }
      }
    }
  }
}
