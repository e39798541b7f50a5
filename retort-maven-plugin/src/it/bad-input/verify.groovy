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

assert !(log =~ /\tat dev\.retort\./) && !log.contains('at dev.retort.')
assert !new File(basedir, 'target/other.db').exists()
return true
