package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import java.util.List;

/**
 * The views of the features a server that is neither clustered nor in an availability group, and
 * mirrors no database, shows empty: Always On replicas and their cluster states, failover cluster
 * nodes, the pages mirroring or an availability group repaired, and the server audits (Quern has
 * no SQL Server Audit). SQL Server declares them on every instance; health checks
 * (sp_Blitz's cluster and corruption checks) read them without asking whether the feature is on,
 * so each declares its documented columns ("sys.availability_replicas (Transact-SQL)" …).
 */
final class HighAvailabilityViews {
  private HighAvailabilityViews() {}

  static List<SystemView> all() {
    return List.of(
        empty("availability_replicas", uniqueidentifier("replica_id", true), uniqueidentifier("group_id", true),
            integer("replica_metadata_id", true), nvarchar("replica_server_name", 256, true),
            varbinary("owner_sid", 85, true), nvarchar("endpoint_url", 128, true), tinyint("availability_mode", true),
            nvarchar("availability_mode_desc", 60, true), tinyint("failover_mode", true),
            nvarchar("failover_mode_desc", 60, true), integer("session_timeout", true),
            tinyint("primary_role_allow_connections", true), nvarchar("primary_role_allow_connections_desc", 60, true),
            tinyint("secondary_role_allow_connections", true),
            nvarchar("secondary_role_allow_connections_desc", 60, true), datetime("create_date", true),
            datetime("modify_date", true), integer("backup_priority", true),
            nvarchar("read_only_routing_url", 256, true), tinyint("seeding_mode", true),
            nvarchar("seeding_mode_desc", 60, true)),
        empty("dm_hadr_availability_group_states", uniqueidentifier("group_id", false),
            nvarchar("primary_replica", 128, true), tinyint("primary_recovery_health", true),
            nvarchar("primary_recovery_health_desc", 60, true), tinyint("secondary_recovery_health", true),
            nvarchar("secondary_recovery_health_desc", 60, true), tinyint("synchronization_health", true),
            nvarchar("synchronization_health_desc", 60, true)),
        empty("dm_hadr_availability_replica_cluster_states", uniqueidentifier("replica_id", false),
            nvarchar("replica_server_name", 256, true), uniqueidentifier("group_id", false),
            tinyint("join_state", true), nvarchar("join_state_desc", 60, true)),
        empty("dm_os_cluster_nodes", sysname("NodeName", false), integer("status", false),
            nvarchar("status_description", 20, false), bit("is_current_owner", false)),
        repairs("dm_hadr_auto_page_repair"),
        repairs("dm_db_mirroring_auto_page_repair"),
        empty("dm_server_audit_status", integer("audit_id", false), sysname("name", false),
            smallint("status", false), nvarchar("status_desc", 256, false), new dev.quern.engine.api.ResultColumn(
                "status_time", new dev.quern.catalog.type.SqlType(dev.quern.catalog.type.TypeId.DATETIME2, 0, 0, 7), false),
            varbinary("event_session_address", 8, true), nvarchar("audit_file_path", 256, true),
            bigint("audit_file_size", true)));
  }

  /** The pages an availability group or database mirroring repaired automatically. */
  private static SystemView repairs(String name) {
    return empty(name, integer("database_id", false), integer("file_id", false), bigint("page_id", false),
        smallint("error_type", false), tinyint("page_status", false), datetime("modification_time", false));
  }

  private static SystemView empty(String name, dev.quern.engine.api.ResultColumn... columns) {
    return new DerivedView(name, List.of(columns), s -> List.of());
  }
}
