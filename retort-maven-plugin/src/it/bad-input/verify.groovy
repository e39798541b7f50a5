// Each bad input failed the build with Retort's message (code, what, fix) and no stack trace.
def log = new File(basedir, 'build.log').text

// 1: the missing folder, named, with the fix
assert log =~ /Failed to execute goal dev\.retort:retort-maven-plugin:[^:]+:upgrade \(default-cli\) on project bad-input: error\[RT-S006\]: .*no-such-folder/
assert log =~ /(?m)^\[ERROR\] fix: /

// 2: the unknown property, and the one meant
assert log.contains("error[RT-C002]: unknown property 'retort.ulr' (a system property or -D)")
assert log.contains("fix: did you mean 'retort.url'?")

// 3: downgrade needs a target
assert log.contains('error[RT-B002]: the downgrade goal needs a target')
assert log.contains('fix: mvn retort:downgrade -Dretort.target=base')

// 4: the missing server
assert log.contains("error[RT-B001]: settings.xml has no server 'no-such-server'")

// 5: credentials twice
assert log.contains("error[RT-B001]: database credentials come from both settings.xml server 'retort-pg-it' and the pom's property retort.user")

// 6: revision needs a message
assert log.contains('error[RT-B002]: the revision goal needs a message')
assert log.contains('fix: mvn retort:revision -Dretort.message="add users table"')

assert !(log =~ /\tat dev\.retort\./) && !log.contains('at dev.retort.')
assert !new File(basedir, 'target/other.db').exists()
return true
