# The hierarchyid type, after learn.microsoft.com's "Tutorial: Using the hierarchyid data type": an
# org chart keyed by hierarchyid with a computed GetLevel() column, rows inserted with
# GetDescendant, subordinates found with IsDescendantOf, a subtree moved with GetReparentedValue,
# depth-first and breadth-first indexes. GoldenSqlRestartTest reruns this file restarting the
# engine before every block: the values are stored in SQL Server's encoding.
statement ok
CREATE SCHEMA HumanResources

statement ok
CREATE TABLE HumanResources.EmployeeOrg (OrgNode hierarchyid PRIMARY KEY CLUSTERED, OrgLevel AS OrgNode.GetLevel(), EmployeeID int UNIQUE NOT NULL, EmpName varchar(20) NOT NULL, Title varchar(20) NULL)

statement ok
INSERT HumanResources.EmployeeOrg (OrgNode, EmployeeID, EmpName, Title) VALUES (hierarchyid::GetRoot(), 6, 'David', 'Marketing Manager')

query TTITT
SELECT OrgNode, OrgNode.ToString() AS Text_OrgNode, OrgLevel, EmployeeID, EmpName FROM HumanResources.EmployeeOrg
----
0x	/	0	6	David

statement ok
DECLARE @Manager hierarchyid
SELECT @Manager = hierarchyid::GetRoot() FROM HumanResources.EmployeeOrg
INSERT HumanResources.EmployeeOrg (OrgNode, EmployeeID, EmpName, Title) VALUES (@Manager.GetDescendant(NULL, NULL), 46, 'Sariya', 'Marketing Specialist')

statement ok
CREATE PROC AddEmp (@mgrid int, @empid int, @e_name varchar(20), @title varchar(20))
AS
BEGIN
  DECLARE @mOrgNode hierarchyid, @lc hierarchyid
  SELECT @mOrgNode = OrgNode FROM HumanResources.EmployeeOrg WHERE EmployeeID = @mgrid
  SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
  BEGIN TRANSACTION
    SELECT @lc = max(OrgNode) FROM HumanResources.EmployeeOrg WHERE OrgNode.GetAncestor(1) = @mOrgNode
    INSERT HumanResources.EmployeeOrg (OrgNode, EmployeeID, EmpName, Title) VALUES (@mOrgNode.GetDescendant(@lc, NULL), @empid, @e_name, @title)
  COMMIT
END

statement ok
EXEC AddEmp 6, 271, 'John', 'Marketing Specialist'
EXEC AddEmp 6, 119, 'Jill', 'Marketing Specialist'
EXEC AddEmp 46, 269, 'Wanida', 'Marketing Assistant'
EXEC AddEmp 271, 272, 'Mary', 'Marketing Assistant'

query TTITT
SELECT OrgNode, OrgNode.ToString() AS Text_OrgNode, OrgLevel, EmployeeID, EmpName FROM HumanResources.EmployeeOrg ORDER BY OrgNode
----
0x	/	0	6	David
0x58	/1/	1	46	Sariya
0x5AC0	/1/1/	2	269	Wanida
0x68	/2/	1	271	John
0x6AC0	/2/1/	2	272	Mary
0x78	/3/	1	119	Jill

query TIT
SELECT OrgNode.ToString(), OrgLevel, EmpName FROM HumanResources.EmployeeOrg ORDER BY OrgLevel, OrgNode
----
/	0	David
/1/	1	Sariya
/2/	1	John
/3/	1	Jill
/1/1/	2	Wanida
/2/1/	2	Mary

query TT
DECLARE @CurrentEmployee hierarchyid
SELECT @CurrentEmployee = OrgNode FROM HumanResources.EmployeeOrg WHERE EmployeeID = 46
SELECT OrgNode.ToString() AS Text_OrgNode, EmpName FROM HumanResources.EmployeeOrg WHERE OrgNode.IsDescendantOf(@CurrentEmployee) = 1 ORDER BY OrgNode
----
/1/	Sariya
/1/1/	Wanida

query TT
SELECT e.EmpName, m.EmpName FROM HumanResources.EmployeeOrg e JOIN HumanResources.EmployeeOrg m ON e.OrgNode.GetAncestor(1) = m.OrgNode ORDER BY e.OrgNode
----
Sariya	David
Wanida	Sariya
John	David
Mary	John
Jill	David

statement ok
DECLARE @OldParent hierarchyid, @NewParent hierarchyid
SELECT @OldParent = OrgNode FROM HumanResources.EmployeeOrg WHERE EmployeeID = 46
SELECT @NewParent = OrgNode FROM HumanResources.EmployeeOrg WHERE EmployeeID = 119
UPDATE HumanResources.EmployeeOrg SET OrgNode = OrgNode.GetReparentedValue(@OldParent, @NewParent.GetDescendant(NULL, NULL)) WHERE OrgNode.IsDescendantOf(@OldParent) = 1

query TIT
SELECT OrgNode.ToString(), OrgLevel, EmpName FROM HumanResources.EmployeeOrg ORDER BY OrgNode
----
/	0	David
/2/	1	John
/2/1/	2	Mary
/3/	1	Jill
/3/1/	2	Sariya
/3/1/1/	3	Wanida

statement ok
CREATE UNIQUE INDEX EmployeeOrgNc1 ON HumanResources.EmployeeOrg (EmployeeID, OrgNode)

statement ok
CREATE TABLE HumanResources.NewOrg (OrgNode hierarchyid, OrgLevel AS OrgNode.GetLevel() PERSISTED, EmpName varchar(20))

statement ok
INSERT HumanResources.NewOrg (OrgNode, EmpName) SELECT OrgNode, EmpName FROM HumanResources.EmployeeOrg

statement ok
CREATE UNIQUE INDEX NewOrgNc1 ON HumanResources.NewOrg (OrgNode)

statement ok
CREATE CLUSTERED INDEX EmpBFInd ON HumanResources.NewOrg (OrgLevel, OrgNode)

query TIT
SELECT OrgNode.ToString(), OrgLevel, EmpName FROM HumanResources.NewOrg WHERE OrgLevel = 1 ORDER BY OrgLevel, OrgNode
----
/2/	1	John
/3/	1	Jill

query T
SELECT EmpName FROM HumanResources.NewOrg WHERE OrgNode = '/3/'
----
Jill

statement error 2601
INSERT HumanResources.NewOrg (OrgNode, EmpName) VALUES ('/3/', 'Dup')
----
error 2601: Cannot insert duplicate key row in object 'HumanResources.NewOrg' with unique index 'NewOrgNc1'. The duplicate key value is (0x78).
! The statement has been terminated.
