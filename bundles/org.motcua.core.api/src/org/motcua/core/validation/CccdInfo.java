// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.validation;

/**
 * What a valid CCCD (căn cước công dân / personal identification number) encodes.
 *
 * @param number       the 12 digits
 * @param provinceCode digits 1–3, the province of birth registration, e.g. {@code 087}
 * @param provinceName the province name in Vietnamese (pre-2025 list)
 * @param sex          from digit 4
 * @param birthYear    century from digit 4 plus digits 5–6
 */
public record CccdInfo(String number, String provinceCode, String provinceName, Sex sex, int birthYear) {
}
