# The xml type's modify() method: XML DML's insert, delete and replace value of, on a variable
# (SET @x.modify), on a column (UPDATE … SET col.modify) and on a parameter, and SQL Server's
# errors for its misuse.

# insert: as first / as last into, into (as last), after, before.
query T
DECLARE @x xml = N'<r><a>1</a></r>'; SET @x.modify('insert <b>2</b> as last into (/r)[1]'); SET @x.modify('insert <z/> as first into (/r)[1]'); SET @x.modify('insert <c/> into (/r)[1]'); SELECT @x
----
<r><z/><a>1</a><b>2</b><c/></r>

query T
DECLARE @x xml = N'<r><a/><b/></r>'; SET @x.modify('insert <m/> after (/r/a)[1]'); SET @x.modify('insert <n/> before (/r/a)[1]'); SELECT @x
----
<r><n/><a/><m/><b/></r>

# A sequence of constructors keeps its order, as first, after and into alike.
query T
DECLARE @x xml = N'<r><a/></r>'; SET @x.modify('insert (<p/>, <q>t</q>) as first into (/r)[1]'); SET @x.modify('insert (<s/>, <t/>) after (/r/a)[1]'); SELECT @x
----
<r><p/><q>t</q><a/><s/><t/></r>

# Before and after the top-level element: the value becomes a fragment.
query T
DECLARE @x xml = N'<r/>'; SET @x.modify('insert <b/> after (/r)[1]'); SET @x.modify('insert text{"t"} before (/r)[1]'); SELECT @x
----
t<r/><b/>

# Computed constructors: text, attribute, element; a text node inserted into an element.
query T
DECLARE @x xml = N'<r><a>1</a></r>'; SET @x.modify('insert text{"abc"} into (/r/a)[1]'); SET @x.modify('insert element e {"v"} into (/r)[1]'); SELECT @x
----
<r><a>1abc</a><e>v</e></r>

# An attribute goes after the element's first attribute, the next after the second, whatever the position says.
query T
DECLARE @x xml = N'<r><a m="1" n="2" o="3"/><b/></r>'; SET @x.modify('insert attribute z {"9"} into (/r/a)[1]'); SET @x.modify('insert (attribute y {"8"}, attribute w {"7"}) as first into (/r/b)[1]'); SELECT @x
----
<r><a m="1" z="9" n="2" o="3"/><b y="8" w="7"/></r>

# Enclosed expressions in a constructor: sql:variable() and paths, in content and in attributes.
query T
DECLARE @x xml = N'<r><a>1</a></r>', @v int = 42, @s nvarchar(10) = N'x<y'; SET @x.modify('insert <b id="{sql:variable("@v")}">{sql:variable("@s")}-{/r/a/text()}</b> into (/r)[1]'); SELECT @x
----
<r><a>1</a><b id="42">x&lt;y-1</b></r>

query T
DECLARE @x xml = N'<r/>'; SET @x.modify('insert <b>{{braces}}</b> into (/r)[1]'); SELECT @x
----
<r><b>{braces}</b></r>

# A comment and a processing instruction written as markup; CDATA comes back as escaped text.
query T
DECLARE @x xml = N'<r><a><![CDATA[x<y]]></a></r>'; SET @x.modify('insert (<!--c-->, <?pi d?>) as first into (/r)[1]'); SELECT @x
----
<r><!--c--><?pi d?><a>x&lt;y</a></r>

# sql:variable() holding xml inserts its nodes.
query T
DECLARE @x xml = N'<r><a/></r>', @n xml = N'<n k="1">x</n><m/>'; SET @x.modify('insert sql:variable("@n") after (/r/a)[1]'); SELECT @x
----
<r><a/><n k="1">x</n><m/></r>

# A path as what to insert: copies of the nodes it selects.
query T
DECLARE @x xml = N'<r><a>1</a><b/></r>'; SET @x.modify('insert /r/a into (/r/b)[1]'); SELECT @x
----
<r><a>1</a><b><a>1</a></b></r>

# A target that selects nothing changes nothing; so does a delete that selects nothing.
query T
DECLARE @x xml = N'<r/>'; SET @x.modify('insert <b/> into (/nope)[1]'); SET @x.modify('delete /r/zzz'); SELECT @x
----
<r/>

# delete: every node the path selects: elements, attributes, text.
query T
DECLARE @x xml = N'<r k="1" j="2"><a>1</a><b>2</b><a>3</a>tail</r>'; SET @x.modify('delete /r/a'); SET @x.modify('delete /r/@k'); SET @x.modify('delete /r/text()'); SELECT @x
----
<r j="2"><b>2</b></r>

query T
DECLARE @x xml = N'<r><a n="1"/><a n="2"/><a n="3"/></r>'; SET @x.modify('delete /r/a[@n >= 2]'); SELECT @x
----
<r><a n="1"/></r>

query TI
DECLARE @x xml = N'<r/>'; SET @x.modify('delete /r'); SELECT @x, DATALENGTH(@x)
----
(empty)	0

# replace value of: a text node or an attribute, given a literal, a variable, a column or a path.
query T
DECLARE @x xml = N'<r><a>old</a><b n="1">B</b></r>', @v int = 7; SET @x.modify('replace value of (/r/a/text())[1] with "new"'); SET @x.modify('replace value of (/r/b/@n)[1] with sql:variable("@v")'); SELECT @x
----
<r><a>new</a><b n="7">B</b></r>

query T
DECLARE @x xml = N'<r><a>1</a><b>two</b></r>'; SET @x.modify('replace value of (/r/a/text())[1] with (/r/b/text())[1]'); SELECT @x
----
<r><a>two</a><b>two</b></r>

# An empty value removes the text node.
query T
DECLARE @x xml = N'<r><a>1</a></r>'; SET @x.modify('replace value of (/r/a/text())[1] with ""'); SELECT @x
----
<r><a/></r>

# A changed value comes back as SQL Server writes it: no whitespace-only text, <a/> for an empty element.
query T
DECLARE @x xml = N'<r>
  <a></a>  <b   c = "2" />
</r>'; SET @x.modify('delete /r/zzz'); SELECT @x
----
<r><a/><b c="2"/></r>

# UPDATE … SET col.modify(): each row its own value, beside ordinary assignments, by WHERE.
statement ok
CREATE TABLE xd (id int PRIMARY KEY, doc xml, n int)

statement ok
INSERT xd VALUES (1, N'<r><a>1</a></r>', 0), (2, N'<r><a>2</a></r>', 0), (3, N'<r/>', 0)

statement ok
UPDATE xd SET doc.modify('insert <b>{sql:column("id")}</b> into (/r)[1]'), n = 5 WHERE id <= 2

query ITI rowsort
SELECT id, CONVERT(nvarchar(max), doc), n FROM xd
----
1	<r><a>1</a><b>1</b></r>	5
2	<r><a>2</a><b>2</b></r>	5
3	<r/>	0

statement ok
UPDATE xd SET n = n + 1, doc.modify('replace value of (/r/a/text())[1] with sql:column("n")') WHERE id = 1

query IT
SELECT n, CONVERT(nvarchar(max), doc) FROM xd WHERE id = 1
----
6	<r><a>5</a><b>1</b></r>

statement ok
UPDATE d SET doc.modify('delete /r/b') FROM xd AS d WHERE d.id = 2

query T
SELECT CONVERT(nvarchar(max), doc) FROM xd WHERE id = 2
----
<r><a>2</a></r>

# In MERGE's UPDATE, on a table variable, with OUTPUT's deleted and inserted values.
statement ok
MERGE xd AS t USING (VALUES (3)) AS s(id) ON t.id = s.id WHEN MATCHED THEN UPDATE SET doc.modify('insert <m/> into (/r)[1]');

query TT
UPDATE xd SET doc.modify('delete /r/m') OUTPUT CONVERT(nvarchar(max), deleted.doc), CONVERT(nvarchar(max), inserted.doc) WHERE id = 3
----
<r><m/></r>	<r/>

query T
DECLARE @t TABLE (d xml); INSERT @t VALUES (N'<a/>'); UPDATE @t SET d.modify('insert <b/> into (/a)[1]'); SELECT d FROM @t
----
<a><b/></a>

# A rolled-back change is gone.
query T
BEGIN TRAN; UPDATE xd SET doc.modify('delete /r') WHERE id = 1; ROLLBACK; SELECT CONVERT(nvarchar(max), doc) FROM xd WHERE id = 1
----
<r><a>5</a><b>1</b></r>

# The column is named alone before modify().
statement error 102
UPDATE xd SET xd.doc.modify('delete /r') WHERE id = 1
----
error 102: Incorrect syntax near 'modify'.

# On a procedure's parameter.
statement ok
CREATE PROCEDURE add_item @doc xml, @sku varchar(10) AS BEGIN SET @doc.modify('insert <i sku="{sql:variable("@sku")}"/> as last into (/o)[1]'); SELECT @doc END

query T
EXEC add_item N'<o><i sku="a"/></o>', 'b'
----
<o><i sku="a"/><i sku="b"/></o>

# modify() on NULL: error 5302, which ends the batch.
statement error 5302
DECLARE @x xml; SET @x.modify('insert <b/> into (/r)[1]'); SELECT 1
----
error 5302: Mutator 'modify()' on '@x' cannot be called on a null value.

statement ok
INSERT xd VALUES (4, NULL, 0)

statement error 5302
UPDATE xd SET doc.modify('delete /r/a') WHERE id = 4
----
error 5302: Mutator 'modify()' on 'doc' cannot be called on a null value.

# modify() as a value (8137), a method other than modify() as a mutator (8113), on another type (258).
statement error 8137
DECLARE @x xml = N'<r/>'; SELECT @x.modify('delete /r')
----
error 8137: Incorrect use of the XML data type method 'modify'. A non-mutator method is expected in this context.

statement error 8137
DECLARE @x xml = N'<r/>'; SET @x = @x.modify('delete /r')
----
error 8137: Incorrect use of the XML data type method 'modify'. A non-mutator method is expected in this context.

statement error 8137
SELECT doc.modify('delete /r') FROM xd
----
error 8137: Incorrect use of the XML data type method 'modify'. A non-mutator method is expected in this context.

statement error 8113
DECLARE @x xml = N'<r/>'; SET @x.value('(/r)[1]', 'int')
----
error 8113: Incorrect use of the XML data type method 'value'. A mutator method is expected in this context.

statement error 8113
UPDATE xd SET doc.query('/r') WHERE id = 1
----
error 8113: Incorrect use of the XML data type method 'query'. A mutator method is expected in this context.

statement error 258
DECLARE @s nvarchar(10) = N'<r/>'; SET @s.modify('delete /r')
----
error 258: Cannot call methods on nvarchar.

statement error 8172
DECLARE @x xml = N'<r/>', @d nvarchar(20) = N'delete /r'; SET @x.modify(@d)
----
error 8172: The argument 1 of the XML data type method "modify" must be a string literal.

# The XML DML text: empty (6306), XQuery but no XML DML (6305), not XQuery (2209), with missing (2205).
statement error 6306
DECLARE @x xml = N'<r/>'; SET @x.modify('  ')
----
error 6306: Invalid XQuery expression passed to XML data type method.

statement error 6305
DECLARE @x xml = N'<r/>'; SET @x.modify('/r')
----
error 6305: XQuery data manipulation expression required in XML data type method.

statement error 6305
DECLARE @x xml = N'<r/>'; SET @x.modify('<a/>')
----
error 6305: XQuery data manipulation expression required in XML data type method.

statement error 2209
DECLARE @x xml = N'<r/>'; SET @x.modify('insert')
----
error 2209: XQuery [modify()]: Syntax error near '<eof>'

statement error 2209
DECLARE @x xml = N'<r/>'; SET @x.modify('insert <b/> inside (/r)[1]')
----
error 2209: XQuery [modify()]: Syntax error near 'inside'

statement error 2209
DECLARE @x xml = N'<r/>'; SET @x.modify('insert <b/> into')
----
error 2209: XQuery [modify()]: Syntax error near '<eof>'

statement error 2209
DECLARE @x xml = N'<r/>'; SET @x.modify('insert <b> into (/r)[1]')
----
error 2209: XQuery [modify()]: Syntax error near '<eof>'

statement error 2205
DECLARE @x xml = N'<r><a>1</a></r>'; SET @x.modify('replace value of (/r/a/text())[1]')
----
error 2205: XQuery [modify()]: "with" was expected.

# Static checks of the target and the content.
statement error 2226
DECLARE @x xml = N'<r><a/></r>'; SET @x.modify('insert <b/> into /r/a')
----
error 2226: XQuery [modify()]: The target of 'insert' must be a single node, found 'element(a,xdt:untyped) *'

statement error 2226
DECLARE @x xml = N'<r/>'; SET @x.modify('insert <b/> after /r')
----
error 2226: XQuery [modify()]: The target of 'insert' must be a single node, found 'element(r,xdt:untyped) *'

statement error 2207
DECLARE @x xml = N'<r/>'; SET @x.modify('insert "abc" into (/r)[1]')
----
error 2207: XQuery [modify()]: Only non-document nodes can be inserted. Found "xs:string".

statement error 2207
DECLARE @x xml = N'<r/>', @v int = 1; SET @x.modify('insert sql:variable("@v") into (/r)[1]')
----
error 2207: XQuery [modify()]: Only non-document nodes can be inserted. Found "xs:int ?".

statement error 2258
DECLARE @x xml = N'<r><a/></r>'; SET @x.modify('insert attribute n {"1"} after (/r/a)[1]')
----
error 2258: XQuery [modify()]: The position may not be specified when inserting an attribute node, found 'attribute(n,xdt:untypedAtomic)'

statement error 2240
DECLARE @x xml = N'<r><a>t</a></r>'; SET @x.modify('insert <b/> into (/r/a/text())[1]')
----
error 2240: XQuery [modify()]: The target of 'insert into' must be an element/document node, found 'text ?'

statement error 2249
DECLARE @x xml = N'<r a="1"/>'; SET @x.modify('insert <b/> after (/r/@a)[1]')
----
error 2249: XQuery [modify()]: The target of 'insert before/after' must be an element/PI/comment/text node, found 'attribute(a,xdt:untypedAtomic) ?'

statement error 2337
DECLARE @x xml = N'<r><a>1</a></r>'; SET @x.modify('replace value of /r/a/text() with "2"')
----
error 2337: XQuery [modify()]: The target of 'replace' must be at most one node, found 'text *'

statement error 2356
DECLARE @x xml = N'<r><a>1</a></r>'; SET @x.modify('replace value of (/r/a)[1] with "2"')
----
error 2356: XQuery [modify()]: The target of 'replace value of' must be a non-metadata attribute or an element with simple typed content, found 'element(a,xdt:untyped) ?'

statement error 9310
DECLARE @x xml = N'<r><a>1</a></r>'; SET @x.modify('replace value of (/r/a/text())[1] with <b/>')
----
error 9310: XQuery [modify()]: The 'with' clause of 'replace value of' cannot contain constructed XML.

statement error 2264
DECLARE @x xml = N'<r/>'; SET @x.modify('delete /')
----
error 2264: XQuery [modify()]: Only non-document nodes may be deleted, found 'document { (element(*,xdt:untyped) ? & text ? & comment ? & processing-instruction ?) * }'

statement error 9315
DECLARE @x xml = N'<r/>'; SET @x.modify('insert attribute {"n"} {"1"} into (/r)[1]')
----
error 9315: XQuery [modify()]: Only constant expressions are supported for the name expression of computed element and attribute constructors.

# An insert that would repeat an attribute: 6308, and the value stays as it was.
statement error 6308
DECLARE @x xml = N'<r n="1"/>'; SET @x.modify('insert attribute n {"2"} into (/r)[1]')
----
error 6308: XML well-formedness check: Duplicate attribute 'n'. Rewrite your XQuery so it returns well-formed XML.

# The paths take the read methods' subset, with their errors.
statement error 2229
DECLARE @x xml = N'<r/>'; SET @x.modify('delete /p:r')
----
error 2229: XQuery [modify()]: The name "p" does not denote a namespace.
