/**
 * Posts and news: {@code content/posts/*.md} with YAML front matter, read into
 * {@link io.github.personalsite.engine.content.Post} records by
 * {@link io.github.personalsite.engine.content.PostLoader}, their Markdown rendered by
 * {@link io.github.personalsite.engine.content.Markdown} and their raw HTML cleaned by
 * {@link io.github.personalsite.engine.content.HtmlCleaner}. Problems are reported like the
 * profile's: file, line, column, all at once.
 */
package io.github.personalsite.engine.content;
