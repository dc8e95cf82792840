# Sourced by the reliability drills: a JDK >= 21, Debian's PostgreSQL, the built jar and the
# drill classes with their classpath.
. bin/jdk.sh
if ! ls /usr/lib/postgresql/*/bin/pg_amcheck >/dev/null 2>&1; then
	echo "Installing Debian's postgresql for the drill..."
	sudo_cmd=""
	[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
	$sudo_cmd apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >/dev/null
fi
./mvnw -B -q ${MAVEN_ARGS:-} -DskipTests package
./mvnw -B -q ${MAVEN_ARGS:-} test-compile dependency:build-classpath \
	-Dmdep.outputFile=target/drill-classpath.txt -Dmdep.includeScope=test
drill_classpath() {
	echo "target/test-classes:target/classes:$(cat target/drill-classpath.txt)"
}
