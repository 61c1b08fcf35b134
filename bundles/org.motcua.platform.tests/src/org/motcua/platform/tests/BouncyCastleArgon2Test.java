// SPDX-License-Identifier: EPL-2.0
package org.motcua.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.util.Arrays;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** Bouncy Castle inside OSGi: Argon2id password hashing and verification (and a known-answer check). */
class BouncyCastleArgon2Test {

    private static byte[] argon2id(String password, byte[] salt, int iterations, int memoryKb, int parallelism, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withIterations(iterations)
                .withMemoryAsKB(memoryKb)
                .withParallelism(parallelism)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] hash = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
        return hash;
    }

    @Test
    void hashesAndVerifiesPasswords() {
        assertEquals("bcprov", FrameworkUtil.getBundle(Argon2BytesGenerator.class).getSymbolicName());
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        String password = "Mật-khẩu đúng 2025";
        // OWASP minimum for Argon2id: 19 MiB, 2 iterations, 1 lane
        byte[] stored = argon2id(password, salt, 2, 19 * 1024, 1, 32);

        assertTrue(Arrays.constantTimeAreEqual(stored, argon2id(password, salt, 2, 19 * 1024, 1, 32)), "same password verifies");
        assertFalse(Arrays.constantTimeAreEqual(stored, argon2id("Mat-khau dung 2025", salt, 2, 19 * 1024, 1, 32)),
                "a password without diacritics is a different password");
        byte[] otherSalt = salt.clone();
        otherSalt[0] ^= 1;
        assertFalse(Arrays.constantTimeAreEqual(stored, argon2id(password, otherSalt, 2, 19 * 1024, 1, 32)));
    }

    @Test
    void matchesTheReferenceTestVector() {
        // Known answer from the reference implementation (phc-winner-argon2 test.c): Argon2id v1.3, t=2,
        // m=2^16 KiB, p=1, password "password", salt "somesalt"
        byte[] hash = argon2id("password", "somesalt".getBytes(StandardCharsets.US_ASCII), 2, 1 << 16, 1, 32);
        assertEquals("09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7", HexFormat.of().formatHex(hash));
    }
}
