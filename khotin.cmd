@echo off
rem khotin launcher for Windows: builds the generator jar with the Maven wrapper when it is missing
rem or older than the sources, then runs it in the current folder (the site root).
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%generator\target\khotin.jar"
set "STALE=no"
if not exist "%JAR%" set "STALE=yes"
if "%STALE%"=="no" (
  for /f %%F in ('powershell -NoProfile -Command "$j=(Get-Item '%JAR%').LastWriteTime; @(Get-ChildItem -Recurse -File '%HERE%generator\src\main','%HERE%generator\pom.xml','%HERE%pom.xml' | Where-Object { $_.LastWriteTime -gt $j }).Count"') do if not "%%F"=="0" set "STALE=yes"
)
if "%STALE%"=="yes" (
  echo khotin: compiling the generator ^(first run or sources changed^)... 1>&2
  pushd "%HERE%"
  call mvnw.cmd -q -B -DskipTests -pl generator -am package 1>&2
  if errorlevel 1 ( popd & echo khotin: compiling failed 1>&2 & exit /b 1 )
  popd
)
java %KHOTIN_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
