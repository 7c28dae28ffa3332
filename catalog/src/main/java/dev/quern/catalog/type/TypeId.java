package dev.quern.catalog.type;

/**
 * The SQL Server system data types Quern implements, by their T-SQL names.
 *
 * <p>Java representation of a non-null value of each type (one definition shared by storage,
 * engine and server; {@code null} is SQL NULL in every type):
 *
 * <pre>
 * TINYINT, SMALLINT, INT          Integer
 * BIGINT                          Long
 * BIT                             Boolean
 * DECIMAL, NUMERIC                BigDecimal (scale = the type's scale)
 * SMALLMONEY, MONEY               BigDecimal (scale 4)
 * REAL                            Float
 * FLOAT                           Double
 * CHAR, VARCHAR, NCHAR, NVARCHAR,
 * TEXT, NTEXT, XML                String
 * BINARY, VARBINARY, IMAGE        byte[]
 * DATE                            java.time.LocalDate
 * TIME                            java.time.LocalTime
 * DATETIME2, DATETIME,
 * SMALLDATETIME                   java.time.LocalDateTime
 * DATETIMEOFFSET                  java.time.OffsetDateTime
 * UNIQUEIDENTIFIER                java.util.UUID
 * SQL_VARIANT                     dev.quern.catalog.value.SqlVariant (base type + value)
 * HIERARCHYID                     byte[] (SQL Server's encoding, see dev.quern.catalog.value.HierarchyId)
 * VECTOR                          dev.quern.catalog.value.VectorValue (float32 elements)
 * JSON                            String (the canonical text: no whitespace, first of duplicate keys)
 * GEOMETRY, GEOGRAPHY             byte[] (SQL Server's serialization, see dev.quern.catalog.spatial)
 * </pre>
 */
public enum TypeId {
  TINYINT,
  SMALLINT,
  INT,
  BIGINT,
  BIT,
  DECIMAL,
  NUMERIC,
  SMALLMONEY,
  MONEY,
  REAL,
  FLOAT,
  CHAR,
  VARCHAR,
  NCHAR,
  NVARCHAR,
  TEXT,
  NTEXT,
  BINARY,
  VARBINARY,
  IMAGE,
  DATE,
  TIME,
  DATETIME2,
  DATETIMEOFFSET,
  DATETIME,
  SMALLDATETIME,
  UNIQUEIDENTIFIER,
  XML,
  SQL_VARIANT,
  HIERARCHYID,
  VECTOR,
  JSON,
  GEOMETRY,
  GEOGRAPHY
}
