# no-restart: EXECUTE AS is session state
# sp_addumpdevice and sp_dropdevice: logical backup devices in sys.backup_devices; BACKUP and
# RESTORE through one: BackupDeviceProceduresTest.
statement ok
EXEC sp_addumpdevice 'disk', 'bd_full', N'/var/backups/quern-golden/full.bak'

statement ok
EXEC sp_addumpdevice @devtype = 'TAPE', @logicalname = 'bd_tape', @physicalname = N'\\.\tape0'

query TITT
SELECT name, type, type_desc, physical_name FROM sys.backup_devices ORDER BY name
----
bd_full	2	DISK	/var/backups/quern-golden/full.bak
bd_tape	5	TAPE	\\.\tape0

describe
SELECT * FROM sys.backup_devices
----
name	nvarchar(128)	NOT NULL
type	tinyint	NULL
type_desc	nvarchar(60)	NULL
physical_name	nvarchar(260)	NULL

statement error 15026
EXEC sp_addumpdevice 'disk', 'BD_FULL', N'/var/backups/quern-golden/other.bak'
----
error 15026: Logical device 'BD_FULL' already exists.

statement error 15061
EXEC sp_addumpdevice 'disk', 'bd_again', N'/var/backups/quern-golden/full.bak'
----
error 15061: The add device request was denied. A physical device named "/var/backups/quern-golden/full.bak" already exists. Only one backup device may refer to any physical device name.

statement error 15044
EXEC sp_addumpdevice 'pipe', 'bd_pipe', N'/tmp/p'
----
error 15044: The type "pipe" is an unknown backup device type. Use the type "disk" or "tape".

statement error 15045
EXEC sp_addumpdevice 'disk', NULL, N'/tmp/p'
----
error 15045: The logical name cannot be NULL.

statement error 15046
EXEC sp_addumpdevice 'disk', 'bd_p', NULL
----
error 15046: The physical name cannot be NULL.

statement error 201
EXEC sp_addumpdevice 'disk', 'bd_p'
----
error 201: Procedure or function 'sp_addumpdevice' expects parameter '@physicalname', which was not supplied.

statement error 15216
EXEC sp_dropdevice 'bd_full', 'yes'
----
error 15216: 'yes' is not a valid option for the @delfile parameter.

statement error 15012
EXEC sp_dropdevice 'bd_nothing'
----
error 15012: The device 'bd_nothing' does not exist. Use sys.backup_devices to show available devices.

statement error 3206
BACKUP DATABASE master TO bd_nothing
----
error 3206: Backup device 'bd_nothing' does not exist. To view existing backup devices, use the sys.backup_devices catalog view. To create a new backup device use either sp_addumpdevice or SQL Server Management Studio.
error 3013: BACKUP DATABASE is terminating abnormally.

statement ok
CREATE LOGIN bd_clerk WITH PASSWORD = 'P@ssw0rd-1'

statement ok
EXECUTE AS LOGIN = 'bd_clerk'

statement error 15247
EXEC sp_dropdevice 'bd_full'
----
error 15247: User does not have permission to perform this action.

statement ok
REVERT

statement ok
EXEC sp_dropdevice 'bd_full'
----
! Device dropped.

statement ok
EXEC sp_dropdevice @logicalname = 'BD_TAPE'
----
! Device dropped.

query I
SELECT COUNT(*) FROM sys.backup_devices
----
0

statement ok
DROP LOGIN bd_clerk
