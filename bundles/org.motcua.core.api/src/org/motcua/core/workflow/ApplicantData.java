// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

/**
 * The applicant as typed at the desk.
 *
 * @param name         full name of the person, or the organisation's name
 * @param idNumber     CCCD (12 digits) or, for historic records, CMND (9 digits); may be empty for organisations
 * @param phone        phone number (any accepted form; stored normalised)
 * @param email        e-mail address, may be empty
 * @param address      postal address
 * @param organisation whether the applicant is an organisation
 */
public record ApplicantData(String name, String idNumber, String phone, String email, String address,
        boolean organisation) {
}
