// lint wrote the SARIF log to target/ and failed the build on the error finding, naming it.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def sarif = new File(basedir, 'target/retort-lint.sarif')
assert sarif.isFile() : "no SARIF log at $sarif"

def json = new JsonSlurper().parse(sarif)
assert json.version == '2.1.0'
def run = json.runs[0]
assert run.tool.driver.name == 'retort'
assert run.tool.driver.rules.any { it.id == 'RT101' }
def severalHeads = run.results.findAll { it.ruleId == 'RT101' }
assert severalHeads.size() == 1 : "results: ${run.results}"
assert severalHeads[0].level == 'error'
assert severalHeads[0].message.text.contains('bbbb00000002') && severalHeads[0].message.text.contains('cccc00000003')
assert run.tool.driver.rules[severalHeads[0].ruleIndex].id == 'RT101'

assert severalHeads[0].locations[0].physicalLocation.artifactLocation.uri == 'migrations/versions/cccc00000003_add_price.sql'
assert severalHeads[0].locations[0].physicalLocation.artifactLocation.uriBaseId == '%SRCROOT%'

assert log.contains('[ERROR] migrations/versions/cccc00000003_add_price.sql:1: error[RT101] 2 heads: bbbb00000002')
assert log.contains('lint found 1 error, 0 warnings')
assert log.contains('retort-lint.sarif')
// the failure is the message, not a stack trace
assert !(log =~ /\tat dev\.retort\./) && !log.contains('at dev.retort.maven.')
return true
