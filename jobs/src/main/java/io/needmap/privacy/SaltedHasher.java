package io.needmap.privacy;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonyms for respondent and requester identifiers: the same person gets the same value in every
 * table of a run (and of later runs with the same salt), and the value cannot be turned back into
 * the identifier without the salt.
 *
 * <p>The pseudonym is {@code h:} and the first 16 hex digits (64 bits) of HMAC-SHA256 (RFC 2104,
 * FIPS 180-4) keyed with the salt over the normalised identifier. A keyed hash rather than a salted
 * plain hash, because the identifiers (e-mail addresses, employee numbers) come from a small,
 * guessable set: without the key, nobody can hash candidates to find a match. 64 bits keep the
 * chance that two of a million identifiers share a pseudonym below 1 in 30 million.
 *
 * <p>Identifiers are normalised first (white space stripped at both ends, Unicode NFC, lower case in
 * {@link Locale#ROOT}), so that {@code Anna.Schmidt@Example.com } and {@code anna.schmidt@example.com}
 * are the same person.
 *
 * <p>The salt is a secret of the installation: keep it in the config (as hex, {@link #fromHex}) or
 * generate one per installation with {@link #newSalt()} and store it; a new salt gives every
 * person a new pseudonym.
 */
public final class SaltedHasher implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Prefix of every pseudonym, so that it is never mistaken for a raw identifier. */
    public static final String PREFIX = "h:";

    /** Shortest salt accepted: 128 bits, above the 112-bit minimum HMAC key of NIST SP 800-131A Rev. 2. */
    public static final int MIN_SALT_BYTES = 16;

    /** Length of a new salt: 256 bits, the output size of SHA-256; RFC 2104 §3 discourages shorter keys. */
    public static final int NEW_SALT_BYTES = 32;

    /** Hex digits kept of the 64 the HMAC produces. */
    private static final int HEX_DIGITS = 16;

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] salt;

    public SaltedHasher(byte[] salt) {
        Objects.requireNonNull(salt, "salt");
        if (salt.length < MIN_SALT_BYTES) {
            throw new IllegalArgumentException("the salt has " + salt.length + " bytes; at least " + MIN_SALT_BYTES
                    + " are needed (generate one with SaltedHasher.newSalt())");
        }
        this.salt = salt.clone();
    }

    /** A new random salt of {@value #NEW_SALT_BYTES} bytes from {@link SecureRandom}. */
    public static byte[] newSalt() {
        byte[] salt = new byte[NEW_SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    /**
     * A hasher with the salt written in hex as in the config (upper or lower case, surrounding white
     * space ignored).
     *
     * @throws IllegalArgumentException naming the problem: missing, not hex, odd length, too short
     */
    public static SaltedHasher fromHex(String hex) {
        if (hex == null || hex.isBlank()) {
            throw new IllegalArgumentException("the salt is empty; it must be at least " + MIN_SALT_BYTES * 2
                    + " hex digits (" + MIN_SALT_BYTES + " bytes)");
        }
        String digits = hex.strip();
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), 16) < 0) {
                throw new IllegalArgumentException("the salt must be hex digits (0-9, a-f), but character " + (i + 1)
                        + " is '" + digits.charAt(i) + "'");
            }
        }
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("the salt has an odd number of hex digits (" + digits.length()
                    + "); each byte is two digits");
        }
        if (digits.length() < MIN_SALT_BYTES * 2) {
            throw new IllegalArgumentException("the salt has " + digits.length() / 2 + " bytes (" + digits.length()
                    + " hex digits); at least " + MIN_SALT_BYTES + " bytes (" + MIN_SALT_BYTES * 2
                    + " hex digits) are needed");
        }
        return new SaltedHasher(HexFormat.of().parseHex(digits));
    }

    /**
     * The pseudonym of an identifier, e.g. {@code h:3f9a0c1b2d4e5f60}.
     *
     * @throws IllegalArgumentException for a null or blank identifier: blank is no person, and one
     *                                  pseudonym for all blanks would make them look like one
     */
    public String hash(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            throw new IllegalArgumentException("a blank identifier has no pseudonym; leave the value empty instead");
        }
        String normalised = Normalizer.normalize(identifier.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        byte[] mac = mac().doFinal(normalised.getBytes(StandardCharsets.UTF_8));
        return PREFIX + HexFormat.of().formatHex(mac, 0, HEX_DIGITS / 2);
    }

    /** A new Mac per call: {@link Mac} is not thread-safe, and its set-up costs microseconds. */
    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(salt, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform must provide " + ALGORITHM, e);
        }
    }

    @Override
    public String toString() {
        return "SaltedHasher[salt hidden]";
    }
}
