// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.motcua.core.engine.SecuritySettings;

/**
 * Argon2id password hashes (Bouncy Castle), stored as {@code $argon2id$v=19$m=<KiB>,t=<n>,p=<n>$<salt>$<hash>}
 * with the parameters of the {@link SecuritySettings} of the day. A stored hash whose parameters exceed the
 * caps is refused without being computed.
 */
public final class PasswordHasher {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    /** @return the encoded hash of {@code password} with a fresh salt, under {@code settings} */
    public static String hash(char[] password, SecuritySettings settings) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, settings.argon2MemoryKib(), settings.argon2Iterations(),
                settings.argon2Parallelism());
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return prefix(settings) + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** @return whether {@code encoded} was made with other parameters than {@code settings} (renew it) */
    public static boolean outdated(String encoded, SecuritySettings settings) {
        return encoded == null || !encoded.startsWith(prefix(settings));
    }

    /** @return whether {@code password} matches {@code encoded}; false for a malformed or over-costly hash */
    public static boolean verify(char[] password, String encoded) {
        if (encoded == null || !encoded.startsWith("$argon2id$v=19$")) {
            return false;
        }
        try {
            String[] parts = encoded.split("\\$");
            String[] params = parts[3].split(",");
            int memory = Integer.parseInt(params[0].substring(2));
            int iterations = Integer.parseInt(params[1].substring(2));
            int parallelism = Integer.parseInt(params[2].substring(2));
            if (memory > SecuritySettings.MAX_MEMORY_KIB || iterations > SecuritySettings.MAX_ITERATIONS
                    || parallelism > SecuritySettings.MAX_PARALLELISM || memory < 8 * parallelism || iterations < 1
                    || parallelism < 1) {
                return false;
            }
            byte[] salt = Base64.getDecoder().decode(parts[4]);
            byte[] expected = Base64.getDecoder().decode(parts[5]);
            return MessageDigest.isEqual(expected, derive(password, salt, memory, iterations, parallelism));
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    private static String prefix(SecuritySettings settings) {
        return "$argon2id$v=19$m=" + settings.argon2MemoryKib() + ",t=" + settings.argon2Iterations() + ",p="
                + settings.argon2Parallelism() + "$";
    }

    private static byte[] derive(char[] password, byte[] salt, int memory, int iterations, int parallelism) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withMemoryAsKB(memory)
                .withIterations(iterations).withParallelism(parallelism).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[32];
        generator.generateBytes(password, out);
        return out;
    }
}
