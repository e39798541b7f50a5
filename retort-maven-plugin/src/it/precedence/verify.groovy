// Each run upgraded the database its winning source named, and only that one; retort.toml's URL
// never won, and its other keys (version_table) still applied.
def versionRows(String name) {
  def file = new File(basedir, "target/${name}.db")
  assert file.isFile() : "no database $file"
  def connection = new org.sqlite.JDBC().connect('jdbc:sqlite:' + file.absolutePath, new Properties())
  try {
    def rs = connection.createStatement().executeQuery('SELECT version_num FROM toml_versions')
    def rows = []
    while (rs.next()) { rows << rs.getString(1) }
    return rows
  } finally {
    connection.close()
  }
}

assert versionRows('from-configuration') == ['dddd00000001']
assert versionRows('from-property') == ['dddd00000001']
assert versionRows('from-command-line') == ['dddd00000001']
assert !new File(basedir, 'target/from-toml.db').exists()

def log = new File(basedir, 'build.log').text
def databases = (log =~ /Database: (\S+)/).collect { it[1] }
assert databases == ['sqlite:target/from-configuration.db', 'sqlite:target/from-property.db',
                     'sqlite:target/from-command-line.db']
return true
