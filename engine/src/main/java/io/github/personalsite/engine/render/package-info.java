/**
 * From records to HTML: {@link io.github.personalsite.engine.render.SiteModel} decides which pages
 * exist and how they link, {@link io.github.personalsite.engine.render.PageRenderer} runs the Thymeleaf
 * templates (a project's own {@code templates/} first, then the default theme in the jar) with the
 * template expressions evaluated by {@link io.github.personalsite.engine.render.Expressions} (OGNL for
 * what it does not parse; {@link io.github.personalsite.engine.render.TemplateErrors} explains a failed
 * one), and {@link io.github.personalsite.engine.render.InlineMarkdown} turns the small Markdown subset of
 * profile strings into HTML that can carry no markup of its own.
 */
package io.github.personalsite.engine.render;
