/** The engine's command line: {@code build} a project folder without Maven (used by the benchmark, handy in scripts). */
package io.github.personalsite.engine.cli;
