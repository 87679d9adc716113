#!/usr/bin/env bash
# Builds personal-site, then does what a new user does: generates a site project from the archetype
# and builds it with the project's own ./mvnw. Prints where the site's index.html is.
#
# Installs this version's artifacts into your local Maven repository (~/.m2), which is where
# `mvn archetype:generate` finds the archetype. The project goes to target/sample-site/my-site.
set -euo pipefail
cd "$(dirname "$0")"

version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
archetype_plugin=$(sed -n 's:.*<archetype.version>\(.*\)</archetype.version>.*:\1:p' pom.xml | head -n 1)

# Some Maven builds print colour resets even in batch mode; keep the output plain (pipefail keeps
# the exit code of the command).
plain() {
    "$@" 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g'
}

echo "1/3 Building personal-site $version (mvn install, tests skipped) ..."
plain mvn -B -q install -DskipTests

echo "2/3 Generating a site project from the archetype ..."
rm -rf target/sample-site
mkdir -p target/sample-site
cd target/sample-site
plain mvn -B -q "org.apache.maven.plugins:maven-archetype-plugin:${archetype_plugin}:generate" \
    -DarchetypeGroupId=io.github.personalsite \
    -DarchetypeArtifactId=personal-site-archetype \
    -DarchetypeVersion="$version" \
    -DgroupId=org.example \
    -DartifactId=my-site

echo "3/3 Building the site with the project's ./mvnw package ..."
cd my-site
plain ./mvnw -B -q package

echo
echo "Sample site: $PWD/target/public/index.html"
