// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;

/** The pin of a TLS key: {@code sha256/} and the base64 SHA-256 of its SubjectPublicKeyInfo (as HPKP wrote it). */
public final class Pins {

    private Pins() {
    }

    /** @return the pin of {@code key} */
    public static String of(PublicKey key) {
        try {
            return "sha256/" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
