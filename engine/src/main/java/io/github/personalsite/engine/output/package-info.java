/**
 * Putting the site on disk: {@link io.github.personalsite.engine.output.ThemeAssets} reads the default
 * theme's static files from the jar, {@link io.github.personalsite.engine.output.SiteWriter} writes
 * pages, theme assets and the project's {@code static/} files into a fresh folder beside the output
 * and swaps it in only when everything was written, so a failed build leaves the previous site as it was.
 */
package io.github.personalsite.engine.output;
