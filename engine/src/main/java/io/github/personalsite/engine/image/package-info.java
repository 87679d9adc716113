/**
 * Raster images without Java 2D's font system: {@link io.github.personalsite.engine.image.BundledFont}
 * holds the outlines of DejaVu Sans for the Latin characters most names and labels use,
 * {@link io.github.personalsite.engine.image.Outline} turns shapes and text into line segments,
 * {@link io.github.personalsite.engine.image.Canvas} fills them with exact-area antialiasing and
 * {@link io.github.personalsite.engine.image.Png} encodes the result. Setting up Java 2D, its fonts and
 * Image I/O took about a tenth of a cold 1,000-post build; drawn here, the share image and icons look
 * the same on every machine, fonts installed or not. Text in other scripts goes to
 * {@link io.github.personalsite.engine.image.Java2dSurface}, which draws the same layout with the
 * system's fonts.
 */
package io.github.personalsite.engine.image;
