package io.github.personalsite.engine.profile;

/** A postal location; {@code countryCode} is ISO-3166-1 ALPHA-2. */
public record Location(String address, String postalCode, String city, String countryCode, String region) {
}
