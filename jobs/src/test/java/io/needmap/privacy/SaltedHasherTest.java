package io.needmap.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Identifiers become stable, keyed pseudonyms. */
class SaltedHasherTest {

    private static final String SALT_HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    private static final SaltedHasher HASHER = SaltedHasher.fromHex(SALT_HEX);

    @Test
    void aPseudonymIsPrefixedSixteenHexDigits() {
        assertTrue(HASHER.hash("anna.schmidt@example.com").matches("h:[0-9a-f]{16}"));
    }

    @Test
    void aPseudonymIsTheStartOfHmacSha256KeyedWithTheSalt() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(SALT_HEX), "HmacSHA256"));
        String expected = "h:" + HexFormat.of().formatHex(mac.doFinal("e12345".getBytes(StandardCharsets.UTF_8))).substring(0, 16);

        assertEquals(expected, HASHER.hash("E12345"));
    }

    @Test
    void equalIdentifiersGetEqualPseudonyms() {
        assertEquals(HASHER.hash("anna.schmidt@example.com"), HASHER.hash("anna.schmidt@example.com"));
        assertEquals(HASHER.hash("anna.schmidt@example.com"), SaltedHasher.fromHex(SALT_HEX).hash("anna.schmidt@example.com"));
    }

    @Test
    void identifiersAreTrimmedAndLowerCasedFirst() {
        String expected = HASHER.hash("anna.schmidt@example.com");
        assertEquals(expected, HASHER.hash("  Anna.Schmidt@Example.COM\t"));
        assertEquals(HASHER.hash("müller"), HASHER.hash("MU\u0308LLER")); // composed and decomposed umlaut
    }

    @Test
    void differentIdentifiersGetDifferentPseudonyms() {
        Set<String> pseudonyms = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            pseudonyms.add(HASHER.hash("E" + i));
        }
        assertEquals(10_000, pseudonyms.size());
        assertNotEquals(HASHER.hash("anna"), HASHER.hash("anna "  + "x"));
    }

    @Test
    void differentSaltsGiveDifferentPseudonyms() {
        SaltedHasher other = new SaltedHasher(SaltedHasher.newSalt());
        assertNotEquals(HASHER.hash("anna.schmidt@example.com"), other.hash("anna.schmidt@example.com"));
    }

    @Test
    void aPseudonymDoesNotContainTheIdentifier() {
        String pseudonym = HASHER.hash("E12345");
        assertFalse(pseudonym.contains("12345"));
    }

    @Test
    void newSaltsAreThirtyTwoRandomBytes() {
        byte[] a = SaltedHasher.newSalt();
        byte[] b = SaltedHasher.newSalt();
        assertEquals(32, a.length);
        assertFalse(Arrays.equals(a, b));
    }

    @Test
    void theSaltIsCopiedSoLaterChangesToTheArrayDoNotMatter() {
        byte[] salt = SaltedHasher.newSalt();
        SaltedHasher hasher = new SaltedHasher(salt);
        String before = hasher.hash("anna");
        Arrays.fill(salt, (byte) 0);
        assertEquals(before, hasher.hash("anna"));
    }

    @Test
    void hexSaltsMayBeUpperCaseAndSurroundedBySpace() {
        assertEquals(HASHER.hash("anna"), SaltedHasher.fromHex("  " + SALT_HEX.toUpperCase(java.util.Locale.ROOT) + "\n").hash("anna"));
    }

    @Test
    void aShortSaltIsRejectedWithItsLength() {
        IllegalArgumentException fromHex = assertThrows(IllegalArgumentException.class,
                () -> SaltedHasher.fromHex("00112233445566778899aabbccddee")); // 15 bytes
        assertEquals("the salt has 15 bytes (30 hex digits); at least 16 bytes (32 hex digits) are needed", fromHex.getMessage());

        IllegalArgumentException fromBytes = assertThrows(IllegalArgumentException.class, () -> new SaltedHasher(new byte[8]));
        assertTrue(fromBytes.getMessage().startsWith("the salt has 8 bytes; at least 16 are needed"), fromBytes.getMessage());
    }

    @Test
    void aSaltThatIsNotHexIsRejectedNamingTheCharacter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SaltedHasher.fromHex("00112233445566778899aabbccddeeffgg"));
        assertEquals("the salt must be hex digits (0-9, a-f), but character 33 is 'g'", e.getMessage());
    }

    @Test
    void anOddNumberOfHexDigitsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SaltedHasher.fromHex(SALT_HEX + "0"));
        assertEquals("the salt has an odd number of hex digits (65); each byte is two digits", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmptySaltIsRejected(String hex) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SaltedHasher.fromHex(hex));
        assertEquals("the salt is empty; it must be at least 32 hex digits (16 bytes)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SaltedHasher.fromHex(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void aBlankIdentifierHasNoPseudonym(String identifier) {
        assertThrows(IllegalArgumentException.class, () -> HASHER.hash(identifier));
        assertThrows(IllegalArgumentException.class, () -> HASHER.hash(null));
    }

    @Test
    void theSaltDoesNotShowInToString() {
        assertFalse(HASHER.toString().contains("0001020304"));
    }

    @Test
    void aSerializedHasherGivesTheSamePseudonyms() throws IOException, ClassNotFoundException {
        // Spark ships functions and what they capture to its executors by Java serialization
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(HASHER);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(HASHER.hash("anna"), ((SaltedHasher) in.readObject()).hash("anna"));
        }
    }
}
