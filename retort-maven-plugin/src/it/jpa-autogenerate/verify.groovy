// check found the products table missing, revision -Dautogenerate wrote it from the compiled
// entities, then check passed and upgrade created it.
def log = new File(basedir, 'build.log').text
def revision = new File(basedir, 'migrations/versions/0a0a0a0a0a0a_products.sql')
assert revision.isFile() : "no revision at $revision"
def text = revision.text
assert text.contains('-- Revises: c0c0c0c0c0c0')
assert text =~ /(?i)CREATE TABLE products/
assert text =~ /(?i)price_cents/
assert text =~ /(?i)DROP TABLE (IF EXISTS )?products/

assert log =~ /on project jpa-autogenerate: error: 1 difference between .* and .*\n\[ERROR\]   \+ table products/
assert log.contains('fix: write them as a revision: mvn retort:revision -Dautogenerate -Dretort.message="..."')
assert log.contains('Generating migrations/versions/0a0a0a0a0a0a_products.sql ... done')
assert log =~ /no differences: .* matches /
assert log.contains('Running upgrade c0c0c0c0c0c0 -> 0a0a0a0a0a0a, products')

def connection = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'target/shop.db').absolutePath, new Properties())
try {
  def rs = connection.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'products'")
  assert rs.next()
} finally {
  connection.close()
}
return true
