// Starts an embedded PostgreSQL for this project's builds (verify.groovy stops it): a role 'shop'
// that must log in with its password (scram-sha-256), and its database; retort.toml gets the URL.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres

def pg = EmbeddedPostgres.builder().setServerConfig('fsync', 'off').start()
context.put('pg', pg)
def connection = pg.postgresDatabase.connection
try {
  def st = connection.createStatement()
  st.execute("SET password_encryption = 'scram-sha-256'")
  st.execute("CREATE ROLE shop LOGIN PASSWORD 'shop-secret'")
  st.execute('CREATE DATABASE shop OWNER shop')
  def rs = st.executeQuery('SHOW hba_file')
  rs.next()
  new File(rs.getString(1)).text = '''\
local all all trust
host all postgres 127.0.0.1/32 trust
host all postgres ::1/128 trust
host all all 127.0.0.1/32 scram-sha-256
host all all ::1/128 scram-sha-256
'''
  st.execute('SELECT pg_reload_conf()')
} finally {
  connection.close()
}
new File(basedir, 'retort.toml').text = "url = \"jdbc:postgresql://localhost:${pg.port}/shop\"\n"
return true
