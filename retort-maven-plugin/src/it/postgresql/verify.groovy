// The revisions ran as 'shop' on PostgreSQL; the wrong password failed with Retort's message and
// without printing the password; -Dretort.password then won over the server's, and a server's
// encrypted password was decrypted.
def pg = context.get('pg')
try {
  def connection = pg.getDatabase('postgres', 'shop').connection
  try {
    def st = connection.createStatement()
    def rs = st.executeQuery('SELECT version_num FROM retort_version')
    def rows = []
    while (rs.next()) { rows << rs.getString(1) }
    assert rows == ['f2f2f2f2f2f2']
    rs = st.executeQuery("SELECT tableowner FROM pg_tables WHERE tablename IN ('accounts', 'invoices') ORDER BY tablename")
    def owners = []
    while (rs.next()) { owners << rs.getString(1) }
    assert owners == ['shop', 'shop']
  } finally {
    connection.close()
  }
} finally {
  pg.close()
}

def log = new File(basedir, 'build.log').text
assert log.contains('Running upgrade e1e1e1e1e1e1 -> f2f2f2f2f2f2, create invoices')
assert log =~ /applied +f2f2f2f2f2f2  create invoices/
assert log =~ /on project postgresql: error\[RT-D002\]: cannot connect to .*password authentication failed for user "shop"/
assert log.contains('[ERROR] fix: ')
assert !log.contains('not-the-password') && !log.contains('shop-secret')
// runs 3 and 4 (-D password, encrypted server password) both read the version table
assert (log =~ /(?m)^\[INFO\] f2f2f2f2f2f2 \(head\), create invoices$/).size() == 2
assert !(log =~ /\tat dev\.retort\./) && !log.contains('at dev.retort.')
return true
