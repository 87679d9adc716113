/**
 * Live preview: {@link io.github.personalsite.engine.serve.PreviewServer} builds the site (drafts
 * included) into a temporary folder, serves it on loopback with the JDK's HTTP server, watches the
 * project, rebuilds on every change and tells open pages to reload (Server-Sent Events). A broken
 * profile or template shows as an error page until the next good save. The reload script is added to
 * pages as they are served; the built files never contain it.
 */
package io.github.personalsite.engine.serve;
