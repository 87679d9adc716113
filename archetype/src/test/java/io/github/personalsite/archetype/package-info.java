/** Integration tests of the archetype: generate a project like a user does, then build its site with ./mvnw. */
package io.github.personalsite.archetype;
