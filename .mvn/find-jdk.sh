# Sourced by ./diplograph and ./mvnw: make JAVA_HOME point at a JDK >= 21.
# Keeps JAVA_HOME when it already is >= 21; otherwise takes the newest JDK >= 21 under /usr/lib/jvm
# (on these machines the default java is 17 and a JDK 25 lives in /usr/lib/jvm/temurin-25-jdk-amd64).
dg_java_major() {
  # prints the feature version of the java binary $1, e.g. 17 or 25
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n1
}
dg_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(dg_java_major "$JAVA_HOME/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then DG_JAVA_MAJOR=$v; return 0; fi
  fi
  best=""; best_v=0
  case $- in *f*) set +f; dg_noglob=1 ;; *) dg_noglob=0 ;; esac  # ./mvnw runs with set -f
  for d in /usr/lib/jvm/*/; do
    d=${d%/}
    [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ] || continue
    v=$(dg_java_major "$d/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best=$d; best_v=$v; fi
  done
  [ "$dg_noglob" = 1 ] && set -f
  if [ -z "$best" ] && command -v java >/dev/null 2>&1; then
    v=$(dg_java_major "$(command -v java)")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then
      best=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
      best_v=$v
    fi
  fi
  if [ -z "$best" ]; then
    echo "diplograph: no JDK >= 21 found (JAVA_HOME, /usr/lib/jvm/*, PATH); install one, e.g. apt-get install openjdk-21-jdk" >&2
    return 1
  fi
  export JAVA_HOME="$best"
  DG_JAVA_MAJOR=$(dg_java_major "$best/bin/java")
}
