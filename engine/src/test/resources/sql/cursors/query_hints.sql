# A cursor's SELECT may end with its query hints, as any SELECT.

statement ok
CREATE TABLE cqh (id int PRIMARY KEY)

statement ok
INSERT cqh VALUES (1), (2), (3)

statement ok
DECLARE c CURSOR LOCAL FAST_FORWARD FOR SELECT id FROM cqh WHERE id > 1 ORDER BY id OPTION (KEEPFIXED PLAN)
DECLARE @id int, @sum int = 0
OPEN c
FETCH NEXT FROM c INTO @id
WHILE @@FETCH_STATUS = 0
BEGIN
  SET @sum += @id
  FETCH NEXT FROM c INTO @id
END
CLOSE c
DEALLOCATE c
PRINT @sum
----
! 5

statement ok
DECLARE c CURSOR FOR SELECT id FROM cqh OPTION (MAXDOP 1) FOR READ ONLY
OPEN c
CLOSE c
DEALLOCATE c

statement ok
DROP TABLE cqh
