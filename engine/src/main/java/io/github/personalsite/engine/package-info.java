/**
 * The site build, one stage a class: {@link io.github.personalsite.engine.SiteBuilder#build} loads the
 * profile, checks it, renders the pages and writes the site. Problems travel as
 * {@link io.github.personalsite.engine.Problem} values inside a {@link io.github.personalsite.engine.BuildException};
 * this package never prints.
 */
package io.github.personalsite.engine;
