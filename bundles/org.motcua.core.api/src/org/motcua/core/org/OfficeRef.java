// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.org;

/**
 * An office as other services and screens refer to it.
 *
 * @param id       database id
 * @param code     agency code used in dossier codes, e.g. {@code H20.872}
 * @param name     name, e.g. {@code Bộ phận một cửa huyện Tháp Mười}
 * @param level    government level
 * @param regime   legal regime
 * @param parentId the parent office's id, or {@code null} for the top
 */
public record OfficeRef(long id, String code, String name, OfficeLevel level, Regime regime, Long parentId) {
}
