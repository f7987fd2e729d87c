@echo off
rem khotin launcher for Windows: builds the jar with the Maven wrapper when it is missing or older than the
rem sources, then runs it in the current folder (the site root). "khotin bench" is the benchmark's own jar
rem (module bench\, built on the generator); everything else is the product's.
setlocal
set "HERE=%~dp0"
set "MODULE=generator"
set "JAR=%HERE%generator\target\khotin.jar"
set "SOURCES='%HERE%generator\src\main','%HERE%generator\pom.xml','%HERE%pom.xml'"
set "ARGS=%*"
if /i not "%~1"=="bench" goto build
set "MODULE=bench"
set "JAR=%HERE%bench\target\khotin-bench.jar"
set "SOURCES=%SOURCES%,'%HERE%bench\src\main','%HERE%bench\pom.xml'"
set "ARGS="
shift
:collect
if "%~1"=="" goto build
set ARGS=%ARGS% %1
shift
goto collect
:build
set "STALE=no"
if not exist "%JAR%" set "STALE=yes"
if "%STALE%"=="no" (
  for /f %%F in ('powershell -NoProfile -Command "$j=(Get-Item '%JAR%').LastWriteTime; @(Get-ChildItem -Recurse -File %SOURCES% | Where-Object { $_.LastWriteTime -gt $j }).Count"') do if not "%%F"=="0" set "STALE=yes"
)
if "%STALE%"=="yes" (
  echo khotin: compiling the %MODULE% ^(first run or sources changed^)... 1>&2
  pushd "%HERE%"
  call mvnw.cmd -q -B -DskipTests -pl %MODULE% -am package 1>&2
  if errorlevel 1 ( popd & echo khotin: compiling failed 1>&2 & exit /b 1 )
  popd
  rem a source touched but not changed gives a byte-identical jar that keeps its old date: mark it current
  powershell -NoProfile -Command "(Get-Item '%JAR%').LastWriteTime = Get-Date"
)
java %KHOTIN_JAVA_OPTS% -jar "%JAR%" %ARGS%
exit /b %ERRORLEVEL%
