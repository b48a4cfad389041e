package io.needmap.privacy;

/**
 * Validity rules that tell a real card, bank account or tax number from any other run of digits of
 * the same shape. They are what keeps {@link PiiScrubber} off ticket numbers, serial numbers and
 * amounts: a random digit string passes the Luhn check one time in ten, the IBAN check one time in
 * 97, and the German tax-id rules about one time in 500.
 */
final class IdentifierChecks {

    private IdentifierChecks() {
    }

    /** Luhn (mod 10) check of ISO/IEC 7812-1, Annex B, over a string of digits. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /**
     * IBAN check digits (ISO 13616-1, ISO 7064 MOD 97-10): the first four characters moved to the end,
     * letters read as 10 to 35, the number is 1 modulo 97.
     *
     * @param compact upper-case letters and digits, without spaces, country code first
     */
    static boolean iban(String compact) {
        if (compact.length() < 15 || compact.length() > 34) {
            return false; // shortest IBAN (Norway) has 15 characters, the standard allows at most 34
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return remainder == 1;
    }

    /**
     * A US Social Security Number as the SSA issues them ({@code AAA-GG-SSSS}): area not 000, 666
     * or 900–999, group not 00, serial not 0000 (SSA, "Social Security Number Randomization", 2011).
     * Area 9xx is accepted when the group is in the IRS ranges for ITINs (50–65, 70–88, 90–92,
     * 94–99), which are personal taxpayer numbers of the same shape.
     */
    static boolean usSocialSecurityNumber(int area, int group, int serial) {
        if (group == 0 || serial == 0) {
            return false;
        }
        if (area >= 900) {
            return (group >= 50 && group <= 65) || (group >= 70 && group <= 88)
                    || (group >= 90 && group <= 92) || group >= 94;
        }
        return area != 0 && area != 666;
    }

    /**
     * The German tax identification number (steuerliche Identifikationsnummer, § 139b AO), 11 digits:
     * no leading zero; in the first ten digits exactly one digit occurs twice or three times (three
     * times only since 2016, and then not three in a row), so at least one digit is missing; the
     * eleventh is the ISO 7064 MOD 11,10 check digit of the first ten.
     */
    static boolean germanTaxId(String digits) {
        if (digits.length() != 11 || digits.charAt(0) == '0') {
            return false;
        }
        int[] counts = new int[10];
        for (int i = 0; i < 10; i++) {
            counts[digits.charAt(i) - '0']++;
        }
        int repeated = -1;
        for (int d = 0; d < 10; d++) {
            if (counts[d] > 1) {
                if (repeated >= 0 || counts[d] > 3) {
                    return false;
                }
                repeated = d;
            }
        }
        if (repeated < 0) {
            return false;
        }
        if (counts[repeated] == 3) {
            char r = (char) ('0' + repeated);
            for (int i = 0; i + 2 < 10; i++) {
                if (digits.charAt(i) == r && digits.charAt(i + 1) == r && digits.charAt(i + 2) == r) {
                    return false;
                }
            }
        }
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (digits.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (sum * 2) % 11;
        }
        int check = 11 - product;
        if (check == 10) {
            check = 0;
        }
        return check == digits.charAt(10) - '0';
    }
}
