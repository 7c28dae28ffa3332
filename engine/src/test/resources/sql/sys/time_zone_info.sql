# sys.time_zone_info: one row per Windows time zone AT TIME ZONE takes, with its offset from UTC and
# whether it observes daylight saving time now.
describe
SELECT * FROM sys.time_zone_info
----
name	nvarchar(128)	NOT NULL
current_utc_offset	nvarchar(12)	NOT NULL
is_currently_dst	bit	NOT NULL

query I
SELECT COUNT(*) FROM sys.time_zone_info
----
140

# Zones without daylight saving time are never in it.
query TTI rowsort
SELECT name, current_utc_offset, is_currently_dst FROM sys.time_zone_info
WHERE name IN ('UTC', 'India Standard Time', 'Nepal Standard Time', 'Tokyo Standard Time', 'Line Islands Standard Time', 'Dateline Standard Time')
----
Dateline Standard Time	-12:00	0
India Standard Time	+05:30	0
Line Islands Standard Time	+14:00	0
Nepal Standard Time	+05:45	0
Tokyo Standard Time	+09:00	0
UTC	+00:00	0

# Every name is one AT TIME ZONE takes, and gives the listed offset now.
query I
SELECT COUNT(*) FROM sys.time_zone_info
WHERE DATENAME(tzoffset, SYSDATETIMEOFFSET() AT TIME ZONE name) <> current_utc_offset
----
0

# Names are unique, in Windows' spelling.
query I
SELECT COUNT(DISTINCT name) FROM sys.time_zone_info WHERE name LIKE '%Standard Time%' OR name LIKE 'UTC%' OR name LIKE 'Russia Time Zone %'
----
140
