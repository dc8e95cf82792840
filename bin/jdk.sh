# Sourced by the other scripts: exports JAVA_HOME pointing at a JDK >= 21.
# Honours JAVA_HOME when it is new enough, else looks among the installed JVMs.
paip_java_major() {
	"$1/bin/java" -XshowSettings:properties -version 2>&1 |
		sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

paip_pick_jdk() {
	local candidate major
	for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
		[ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
		major=$(paip_java_major "$candidate")
		if [ -n "$major" ] && [ "$major" -ge 21 ]; then
			echo "$candidate"
			return 0
		fi
	done
	return 1
}

if ! JAVA_HOME=$(paip_pick_jdk); then
	echo "PAIP Manager needs a JDK 21 or newer (with javac). Set JAVA_HOME to one, or install one under /usr/lib/jvm." >&2
	exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
