package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import java.util.List;

/**
 * msdb's tables of features Quern does not have, empty with their documented columns:
 * dbo.sysssispackages and dbo.sysmaintplan_subplans (no Integration Services packages, so no
 * maintenance plans) and dbo.suspect_pages (Quern's store checksums every block it reads and fails
 * the read; it keeps no list of damaged pages to repair later). Health checks (sp_Blitz's
 * maintenance-plan and corruption checks) query them on every SQL Server.
 */
final class MsdbAbsentFeatureViews {
  private MsdbAbsentFeatureViews() {}

  static List<SystemView> all() {
    return List.of(
        new DerivedView("sysssispackages", List.of(sysname("name", false), uniqueidentifier("id", false),
            nvarchar("description", 1024, true), datetime("createdate", false), uniqueidentifier("folderid", false),
            varbinary("ownersid", 85, false), new ResultColumn("packagedata", SqlType.ofLength(TypeId.IMAGE, SqlType.MAX), false),
            integer("packageformat", false), smallint("packagetype", false), integer("vermajor", false),
            integer("verminor", false), integer("verbuild", false), nvarchar("vercomments", 1024, true),
            uniqueidentifier("verid", false), bit("isencrypted", false), varbinary("readrolesid", 85, true),
            varbinary("writerolesid", 85, true)), s -> List.of()),
        new DerivedView("sysmaintplan_subplans", List.of(uniqueidentifier("subplan_id", false),
            sysname("subplan_name", false), nvarchar("subplan_description", 512, true),
            uniqueidentifier("plan_id", false), uniqueidentifier("job_id", false),
            uniqueidentifier("msx_job_id", true), integer("schedule_id", true), bit("msx_plan", false)),
            s -> List.of()),
        new DerivedView("suspect_pages", List.of(integer("database_id", false), integer("file_id", false),
            bigint("page_id", false), integer("event_type", false), integer("error_count", false),
            datetime("last_update_date", false)), s -> List.of()));
  }
}
