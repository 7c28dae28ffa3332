statement ok
PRINT 'hello'
----
! hello

statement ok
PRINT N'unicode ' + N'text'
----
! unicode text

statement ok
PRINT 42
----
! 42

statement ok
PRINT NULL
----
! (empty)
