package org.bianmin.proxy;

import org.bianmin.core.Checks;

/**
 * The person a case is for (申请人). The ID-card number and phone are personal data: the ledger
 * stores them encrypted (SM4), shows them masked and logs every read in clear to the audit trail.
 * {@link #toString()} is masked.
 *
 * @param name     the applicant's name
 * @param idNumber the ID-card number (GB 11643)
 * @param phone    a phone number, or null when the applicant has none
 */
public record Applicant(String name, IdCardNumber idNumber, PhoneNumber phone) {
    public Applicant {
        name = Checks.text(name, "applicant name", 64);
        Checks.required(idNumber, "ID-card number");
    }

    /** An applicant from clear strings; fails with {@code ID_NUMBER_INVALID} or {@code PHONE_INVALID}. */
    public static Applicant of(String name, String idNumber, String phone) {
        return new Applicant(name, IdCardNumber.of(idNumber), phone == null || phone.isBlank() ? null
                : PhoneNumber.of(phone));
    }

    @Override
    public String toString() {
        return "Applicant[" + name + ", " + idNumber.masked() + ", " + (phone == null ? "-" : phone.masked()) + "]";
    }
}
