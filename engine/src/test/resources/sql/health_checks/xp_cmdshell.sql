# xp_cmdshell: off until sp_configure turns it on (15281), then runs the command in the host's shell
# and returns its lines in one nvarchar(255) column 'output', ending with a NULL row.
# no-restart: server configuration and EXECUTE AS are state of this run
statement error 15281
EXEC xp_cmdshell 'echo hello'
----
error 15281: SQL Server blocked access to procedure 'sys.xp_cmdshell' of component 'xp_cmdshell' because this component is turned off as part of the security configuration for this server. A system administrator can enable the use of 'xp_cmdshell' by using sp_configure. For more information about enabling 'xp_cmdshell', search for 'xp_cmdshell' in SQL Server Books Online.

# An advanced option: invisible until 'show advanced options' is on.
statement error 15123
EXEC sp_configure 'xp_cmdshell', 1

statement ok
EXEC sp_configure 'show advanced options', 1
RECONFIGURE
----
! Configuration option 'show advanced options' changed from 0 to 1. Run the RECONFIGURE statement to install.

query TIIII
EXEC sp_configure 'xp_cmdshell'
----
xp_cmdshell	0	1	0	0

statement ok
EXEC sp_configure 'xp_cmdshell', 1
----
! Configuration option 'xp_cmdshell' changed from 0 to 1. Run the RECONFIGURE statement to install.

# Still off until RECONFIGURE installs the value.
statement error 15281
EXEC master..xp_cmdshell 'echo hello'

statement ok
RECONFIGURE

query T
EXEC xp_cmdshell 'echo hello; echo; echo world'
----
hello
NULL
world
NULL

# Standard error comes back too; a failing command returns 1.
query TI
DECLARE @o TABLE (n int IDENTITY, line nvarchar(255));
DECLARE @rc int;
INSERT INTO @o (line) EXEC @rc = sys.xp_cmdshell 'echo out; echo err 1>&2; exit 3';
SELECT STRING_AGG(COALESCE(line, '<NULL>'), '|') WITHIN GROUP (ORDER BY n), @rc FROM @o
----
out|err|<NULL>	1

# No output at all is one NULL row; no_output returns no rows and still the status.
query T
EXEC xp_cmdshell 'true'
----
NULL

query I
DECLARE @rc int;
EXEC @rc = xp_cmdshell 'echo not shown', no_output;
SELECT @rc
----
0

# Lines longer than 255 characters continue in the next row.
query II
DECLARE @o TABLE (n int IDENTITY, line nvarchar(255));
INSERT INTO @o (line) EXEC xp_cmdshell 'printf "%0300d\n" 7';
SELECT n, LEN(line) FROM @o ORDER BY n
----
1	255
2	45
3	NULL

# The server's secrets stay behind: only a shell's usual variables reach the command.
query T
EXEC xp_cmdshell 'env | grep -c -v -E "^(PATH|HOME|LANG|LC_ALL|TZ|USER|LOGNAME|SHELL|TMPDIR|PWD|SHLVL|_|OLDPWD)="'
----
0
NULL

statement error 214
EXEC xp_cmdshell NULL
----
error 214: Procedure expects parameter 'command_string' of type 'varchar'.

statement error 214
EXEC xp_cmdshell 'true', 'some_output'

# Sysadmin only: Quern keeps no proxy credential for other logins.
statement ok
CREATE LOGIN shell_clerk WITH PASSWORD = 'P@ssw0rd-1'

statement ok
EXECUTE AS LOGIN = 'shell_clerk'

statement error 229
EXEC xp_cmdshell 'echo hello'
----
error 229: The EXECUTE permission was denied on the object 'xp_cmdshell', database 'mssqlsystemresource', schema 'sys'.

statement ok
REVERT

statement ok
EXEC sp_configure 'xp_cmdshell', 0
RECONFIGURE
----
! Configuration option 'xp_cmdshell' changed from 1 to 0. Run the RECONFIGURE statement to install.

statement error 15281
EXEC xp_cmdshell 'echo hello'
