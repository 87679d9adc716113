/**
 * The Maven face of the engine: each Mojo turns its parameters into an engine request, runs it, and
 * reports the engine's problems through Maven's log. No site logic lives here.
 */
package io.github.personalsite.maven;
