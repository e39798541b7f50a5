// A revision with Transactional: false fails after its first statement; status shows it as
// unresolved, upgrade refuses until resolve records it as applied, then upgrade continues.
def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'target/events.db')
assert db.isFile() : "no SQLite file at $db"

def connection = new org.sqlite.JDBC().connect('jdbc:sqlite:' + db.absolutePath, new Properties())
try {
  def tables = []
  def rs = connection.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
  while (rs.next()) { tables << rs.getString(1) }
  assert tables.containsAll(['accounts', 'events', 'audit']) : "tables: $tables"
  def rows = connection.createStatement().executeQuery('SELECT version_num FROM retort_version')
  assert rows.next() && rows.getString(1) == '3c4d5e6f7081'
  assert !rows.next()
} finally {
  connection.close()
}

// 1: the failure says which statements ran
assert log.contains('error[RT-V004]')
assert log.contains('no such table: no_such_table')
// 2 and 3: status warns, upgrade refuses, naming the revision and the way out
assert log =~ /unresolved +2b3c4d5e6f70  create events/
assert log.contains('error[RT-V040]')
assert log.contains('retort resolve 2b3c4d5e6f70 --applied')
// 4: an unknown resolution
assert log.contains("error[RT-C002]: the resolve goal got an unknown resolution 'sideways'")
assert log.contains('-Dretort.resolution=rolled-back')
// 5 and 6
assert log.contains('resolved 2b3c4d5e6f70: its upgrade recorded as applied; version table 1a2b3c4d5e6f -> 2b3c4d5e6f70')
assert log.contains('Running upgrade 2b3c4d5e6f70 -> 3c4d5e6f7081, create audit')
return true
