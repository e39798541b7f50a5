@echo off
rem Runs Retort from an unpacked release archive (retort-VERSION\bin\retort.cmd), from any folder.
rem Java 17 or later: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java.exe on the PATH.
rem Extra JVM options: %RETORT_JAVA_OPTS%. Labels and goto rather than ( ) blocks: a path with a
rem parenthesis in it, such as C:\Program Files (x86), would end a block early.
setlocal
for %%h in ("%~dp0..") do set "RETORT_HOME=%%~fh"
set "RETORT_JAR=%RETORT_HOME%\retort.jar"
if exist "%RETORT_JAR%" goto findJava
echo error: %RETORT_JAR% is missing: %RETORT_HOME% is not a complete Retort installation 1>&2
echo fix: unpack the release archive (retort-VERSION.zip) again and run its bin\retort.cmd 1>&2
exit /b 1

:findJava
if not defined JAVA_HOME goto javaFromPath
set "RETORT_JAVA=%JAVA_HOME%\bin\java.exe"
set "RETORT_JAVA_DIR=%JAVA_HOME%"
if exist "%RETORT_JAVA%" goto readRelease
echo error: JAVA_HOME is %JAVA_HOME%, but %RETORT_JAVA% does not exist 1>&2
echo fix: set JAVA_HOME to the folder of a Java 17 (or later) installation, or unset it to use java from the PATH 1>&2
exit /b 1

:javaFromPath
set "RETORT_JAVA="
for %%j in (java.exe) do set "RETORT_JAVA=%%~$PATH:j"
if defined RETORT_JAVA goto javaDir
echo error: no Java found: JAVA_HOME is not set and there is no java on the PATH 1>&2
echo fix: install Java 17 or later, then set JAVA_HOME to its folder or put its bin folder on the PATH 1>&2
exit /b 1

:javaDir
for %%d in ("%RETORT_JAVA%\..\..") do set "RETORT_JAVA_DIR=%%~fd"

:readRelease
rem The version from the installation's release file, JAVA_VERSION="17.0.15", without starting a JVM
set "RETORT_JAVA_VERSION="
if not exist "%RETORT_JAVA_DIR%\release" goto askVersion
for /f "usebackq tokens=1,* delims==" %%a in ("%RETORT_JAVA_DIR%\release") do if "%%a"=="JAVA_VERSION" set "RETORT_JAVA_VERSION=%%~b"
if defined RETORT_JAVA_VERSION goto checkVersion

:askVersion
rem No release file (a launcher stub on the PATH): the first line of the form ... version "17.0.15"
set "RETORT_JAVA_VERSION_FILE=%TEMP%\retort-java-version-%RANDOM%.txt"
"%RETORT_JAVA%" -version 2> "%RETORT_JAVA_VERSION_FILE%"
for /f "usebackq tokens=2,3" %%u in ("%RETORT_JAVA_VERSION_FILE%") do if "%%u"=="version" if not defined RETORT_JAVA_VERSION set "RETORT_JAVA_VERSION=%%~v"
del "%RETORT_JAVA_VERSION_FILE%" 2>nul

:checkVersion
rem 17.0.15 is Java 17; 1.8.0_292 is Java 8. A version that cannot be read is left to the JVM.
set "RETORT_JAVA_MAJOR="
for /f "delims=.-+_" %%m in ("%RETORT_JAVA_VERSION%") do set "RETORT_JAVA_MAJOR=%%m"
if not defined RETORT_JAVA_MAJOR goto run
if "%RETORT_JAVA_MAJOR%"=="1" goto tooOld
if %RETORT_JAVA_MAJOR% GEQ 17 goto run

:tooOld
echo error: Retort needs Java 17 or later, and %RETORT_JAVA% is Java %RETORT_JAVA_VERSION% 1>&2
echo fix: install Java 17 or later and set JAVA_HOME to its folder 1>&2
exit /b 1

:run
rem A short-lived command: C1 only and the serial collector start fastest.
"%RETORT_JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m -Xmn16m -Xshare:auto %RETORT_JAVA_OPTS% -jar "%RETORT_JAR%" %*
exit /b %ERRORLEVEL%
