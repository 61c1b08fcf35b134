// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.i18n;

import java.util.Objects;

/**
 * A message argument that is itself a message key: {@link Texts#get} shows it in the language of the
 * message it fills, e.g. the name of the field a refusal is about.
 *
 * @param key a key of the same texts as the message
 */
public record Localized(String key) {

    /** @param key a key of the same texts as the message */
    public Localized {
        Objects.requireNonNull(key, "key");
    }
}
