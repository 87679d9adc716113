/**
 * Putting the site on disk: {@link io.github.personalsite.engine.output.ThemeAssets} reads the default
 * theme's static files from the jar; {@link io.github.personalsite.engine.output.SiteWriter} brings the
 * output folder to the new site (only changed bytes are written, each file replaced atomically, the
 * project's {@code static/} files copied over, stale files removed) once every page rendered, so a failed
 * build leaves the previous site as it was; {@link io.github.personalsite.engine.output.EarlyWrites}
 * writes pages while they render when the folder holds no site yet, and removes them if the build fails.
 */
package io.github.personalsite.engine.output;
