// Runs after the files are generated. Restores what the archetype format cannot carry:
// - .gitignore ships as "gitignore", because Maven's resource and jar plugins drop dot-files named .gitignore;
// - mvnw loses its executable bit on the way through the jar.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

Path project = Path.of(request.outputDirectory, request.artifactId)

Path gitignore = project.resolve('gitignore')
if (Files.exists(gitignore)) {
    Files.move(gitignore, project.resolve('.gitignore'), StandardCopyOption.REPLACE_EXISTING)
}

File mvnw = project.resolve('mvnw').toFile()
if (mvnw.exists()) {
    mvnw.setExecutable(true, false)
}
