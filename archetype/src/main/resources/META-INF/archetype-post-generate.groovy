// Runs after the files are generated.
//
// 1. Checks groupId, artifactId and package, which Maven validates only at the interactive prompt
//    (validationRegex is not applied to -D values in batch mode). A bad value removes the generated
//    folder, so no half-made project is left behind, and stops with a message saying what to change.
// 2. Restores what the archetype format cannot carry: .gitignore ships as "gitignore" (Maven's
//    resource and jar plugins drop files named .gitignore), and mvnw loses its executable bit.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

final Set<String> JAVA_KEYWORDS = ('abstract assert boolean break byte case catch char class const continue ' +
        'default do double else enum extends final finally float for goto if implements import instanceof int ' +
        'interface long native new package private protected public return short static strictfp super switch ' +
        'synchronized this throw throws transient try void volatile while true false null _ record yield var ' +
        'sealed permits non-sealed exports module requires').split(' ') as Set

Path project = Path.of(request.outputDirectory, request.artifactId)
Properties props = request.properties

List<String> problems = []
String groupId = request.groupId
String artifactId = request.artifactId
String pkg = props.getProperty('package', groupId)

if (!(groupId ==~ /[A-Za-z0-9_.\-]+/)) {
    problems << "groupId '${groupId}' may contain only letters, digits, '.', '-' and '_' (e.g. org.example)"
}
if (!(artifactId ==~ /[A-Za-z][A-Za-z0-9_.\-]*/)) {
    problems << "artifactId '${artifactId}' must start with a letter and contain only letters, digits, '.', '-' and '_'" +
            " (it becomes the folder name; e.g. my-site)"
}
List<String> segments = pkg.split('\\.', -1) as List
List<String> badSegments = segments.findAll { !(it ==~ /[A-Za-z_$][A-Za-z0-9_$]*/) || JAVA_KEYWORDS.contains(it) }
if (!badSegments.isEmpty()) {
    String parts = badSegments.collect { it.isEmpty() ? 'an empty part' : "'${it}'" }.join(', ')
    String rule = 'each part must start with a letter and must not be a Java keyword'
    problems << (pkg == groupId
            ? "groupId '${groupId}' cannot serve as the package name, which defaults to it: ${parts} (${rule};" +
              " choose another groupId, or set -Dpackage=org.example.site)"
            : "package '${pkg}' is not a Java package name: ${parts} (${rule}; e.g. -Dpackage=org.example.site)")
}

if (!problems.isEmpty()) {
    if (Files.exists(project)) {
        project.toFile().deleteDir()
    }
    throw new IllegalArgumentException('personal-site: cannot generate the project:\n  - ' + problems.join('\n  - '))
}

Path gitignore = project.resolve('gitignore')
if (Files.exists(gitignore)) {
    Files.move(gitignore, project.resolve('.gitignore'), StandardCopyOption.REPLACE_EXISTING)
}

File mvnw = project.resolve('mvnw').toFile()
if (mvnw.exists()) {
    mvnw.setExecutable(true, false)
}
