/**
 * Change tracking's retention cleanup ("Manage change tracking": auto cleanup): the changes a
 * database committed longer ago than its CHANGE_RETENTION are deleted, and each tracked table's
 * minimum valid version moves up past them, by a background pass while AUTO_CLEANUP is ON ({@link
 * dev.quern.engine.changetracking.ChangeTrackingCleanup}) or at once by
 * sys.sp_flush_CT_internal_table_on_demand.
 */
package dev.quern.engine.changetracking;
