// After upgrade + status, downgrade base + status, then stamp heads + current: the SQLite file
// holds neither application table (downgraded, and stamp runs nothing) and the version table
// holds the head (stamped); the log shows every step of the three runs.
def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'target/shop.db')
assert db.isFile() : "no SQLite file at $db"

def connection = new org.sqlite.JDBC().connect('jdbc:sqlite:' + db.absolutePath, new Properties())
try {
  def tables = []
  def rs = connection.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
  while (rs.next()) { tables << rs.getString(1) }
  assert tables.contains('retort_version') : "tables: $tables"
  assert !tables.contains('customers') && !tables.contains('orders') : "tables left after downgrade base: $tables"
  def rows = connection.createStatement().executeQuery('SELECT version_num FROM retort_version')
  assert rows.next() && rows.getString(1) == '2b3c4d5e6f70'
  assert !rows.next()
} finally {
  connection.close()
}

assert log.contains('Running upgrade  -> 1a2b3c4d5e6f, create customers')
assert log.contains('Running upgrade 1a2b3c4d5e6f -> 2b3c4d5e6f70, create orders')
assert log.contains('Upgrade to heads done: 2 steps; the database is at 2b3c4d5e6f70')
assert log =~ /applied +1a2b3c4d5e6f  create customers/
assert log =~ /applied +2b3c4d5e6f70  create orders/
assert log.contains('Running downgrade 2b3c4d5e6f70 -> 1a2b3c4d5e6f, create orders')
assert log.contains('Downgrade to base done: 2 steps; the database is at base')
assert log =~ /pending +2b3c4d5e6f70  create orders/
assert log.contains('Stamp to heads done: 1 step; the database is at 2b3c4d5e6f70')
assert log =~ /(?m)^\[INFO\] 2b3c4d5e6f70 \(head\), create orders$/
assert log.contains('nothing to repair: no applied revision was edited')
assert log.contains('verify on SQLite in memory')
assert log =~ /passed  2b3c4d5e6f70  create orders/
assert log.contains('base: passed, downgrade to base leaves an empty schema')
def junit = new File(basedir, 'target/retort-verify.xml')
assert junit.isFile() : "no JUnit report at $junit"
def xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit)
def revisions = xml.getElementsByTagName('testsuite').item(0)
assert revisions.getAttribute('name') == 'retort verify: revisions'
assert revisions.getElementsByTagName('testcase').length == 2
assert revisions.getAttribute('failures') == '0'
return true
