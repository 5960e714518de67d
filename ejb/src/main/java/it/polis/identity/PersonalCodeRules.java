package it.polis.identity;

/** The personal code (CP): at least 8 letters or digits, not equal to the user name or the password. */
public final class PersonalCodeRules {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 32;

    private PersonalCodeRules() {
    }

    /** A message key when the code breaks a rule that needs no secret to check, else null. */
    public static String problem(String code, String username) {
        if (code == null || code.length() < MIN_LENGTH || code.length() > MAX_LENGTH) {
            return "cp.rule.length";
        }
        if (!code.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            return "cp.rule.alphanumeric";
        }
        if (code.equalsIgnoreCase(username)) {
            return "cp.rule.notUsername";
        }
        return null;
    }
}
