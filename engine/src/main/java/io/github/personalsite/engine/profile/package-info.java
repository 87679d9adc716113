/**
 * The profile format: a JSON Resume document bound to Java records, plus the few extension keys a
 * researcher's CV and the site itself need (each marked "extension" below and in the JSON Schema).
 *
 * <p>Every list is non-null (absent or {@code null} becomes an empty list), so templates can ask
 * {@code isEmpty()} and never meet a {@code null}. {@link io.github.personalsite.engine.profile.ProfileLoader}
 * reads a file into a {@link io.github.personalsite.engine.profile.Profile};
 * {@link io.github.personalsite.engine.profile.ProfileChecker} reports what is wrong with it.
 */
package io.github.personalsite.engine.profile;
