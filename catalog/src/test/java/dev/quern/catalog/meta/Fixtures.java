package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds catalog objects for tests the way the engine's CREATE statements will. */
final class Fixtures {
  private Fixtures() {}

  /** Creates database "db" with schema "dbo"; returns the schema id. */
  static int databaseWithDbo(Catalog catalog, KvTxn txn) {
    Database db = new Database(catalog.newDatabaseId(), "db", Database.DEFAULT_COLLATION);
    catalog.createDatabase(txn, db);
    Schema dbo = new Schema(catalog.newObjectId(), db.id(), "dbo");
    catalog.createSchema(txn, dbo);
    return dbo.id();
  }

  static Column column(int id, String name, SqlType type, boolean nullable) {
    String collation =
        switch (type.id()) {
          case CHAR, VARCHAR, NCHAR, NVARCHAR, TEXT, NTEXT -> Database.DEFAULT_COLLATION;
          default -> null;
        };
    return new Column(id, name, type, nullable, collation, null, null, id - 1, null);
  }

  /**
   * people(id int identity PRIMARY KEY CLUSTERED, name nvarchar(50) NOT NULL UNIQUE, city
   * varchar(20) NULL, bio nvarchar(max) NULL) with a nonclustered index on city INCLUDE name.
   */
  static Table people(Catalog catalog, int schemaId) {
    List<Column> cols = new ArrayList<>();
    Column id =
        new Column(1, "id", SqlType.of(TypeId.INT), false, null, new Identity(1, 1), null, 0, null);
    cols.add(id);
    cols.add(column(2, "name", SqlType.ofLength(TypeId.NVARCHAR, 50), false));
    cols.add(column(3, "city", SqlType.ofLength(TypeId.VARCHAR, 20), true));
    cols.add(column(4, "bio", SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX), true));
    Index pk =
        new Index(
            1,
            "PK_people",
            IndexKind.CLUSTERED,
            true,
            true,
            false,
            List.of(IndexColumn.asc(1)),
            List.of(),
            null,
            catalog.newDataId());
    Index uq =
        new Index(
            2,
            "UQ_people_name",
            IndexKind.NONCLUSTERED,
            true,
            false,
            true,
            List.of(IndexColumn.asc(2)),
            List.of(),
            null,
            catalog.newDataId());
    Index city =
        new Index(
            3,
            "IX_people_city",
            IndexKind.NONCLUSTERED,
            false,
            false,
            false,
            List.of(IndexColumn.asc(3)),
            List.of(2),
            null,
            catalog.newDataId());
    List<Constraint> constraints =
        List.of(
            new Constraint.PrimaryKey(catalog.newObjectId(), "PK_people", 1),
            new Constraint.Unique(catalog.newObjectId(), "UQ_people_name", 2),
            new Constraint.Default(catalog.newObjectId(), "DF_people_city", 3, "('Paris')"),
            new Constraint.Check(catalog.newObjectId(), "CK_people_name", "(len([name])>(0))", 2));
    return new Table(
        catalog.newObjectId(),
        schemaId,
        "people",
        cols,
        List.of(pk, uq, city),
        constraints,
        Map.of());
  }
}
