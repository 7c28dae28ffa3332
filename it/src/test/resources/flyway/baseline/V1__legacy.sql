-- Already applied by hand before Flyway was introduced: baselining at version 1 skips it, and
-- running it again would fail (2714), so a baseline that does not hold shows.
CREATE TABLE legacy (id INT NOT NULL PRIMARY KEY, name NVARCHAR(50) NOT NULL);
