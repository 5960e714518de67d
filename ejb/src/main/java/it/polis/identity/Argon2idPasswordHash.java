package it.polis.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.PasswordHash;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * Argon2id at the OWASP minimum (19 MiB, 2 iterations, 1 lane), through Jakarta Security's
 * {@link PasswordHash} contract. Stored as a PHC string so the parameters can grow later
 * while old hashes keep verifying.
 */
@ApplicationScoped
public class Argon2idPasswordHash implements PasswordHash {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private int memoryKib = MEMORY_KIB;
    private int iterations = ITERATIONS;

    @Override
    public void initialize(Map<String, String> parameters) {
        memoryKib = Integer.parseInt(parameters.getOrDefault("Argon2.memoryKib", String.valueOf(MEMORY_KIB)));
        iterations = Integer.parseInt(parameters.getOrDefault("Argon2.iterations", String.valueOf(ITERATIONS)));
    }

    @Override
    public String generate(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKib, iterations, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
        if (hashedPassword == null || !hashedPassword.startsWith("$argon2id$")) {
            return false;
        }
        String[] parts = hashedPassword.split("\\$");
        // ["", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash]
        if (parts.length != 6) {
            return false;
        }
        int m = 0, t = 0, p = 0;
        for (String kv : parts[3].split(",")) {
            int value = Integer.parseInt(kv.substring(2));
            switch (kv.charAt(0)) {
                case 'm' -> m = value;
                case 't' -> t = value;
                case 'p' -> p = value;
                default -> {
                    return false;
                }
            }
        }
        byte[] salt = B64D.decode(parts[4]);
        byte[] expected = B64D.decode(parts[5]);
        byte[] actual = derive(password, salt, m, t, p, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** A hash of a random password: verifying against it costs the same time as a real one. */
    public String dummyHash() {
        char[] random = new char[16];
        for (int i = 0; i < random.length; i++) {
            random[i] = (char) ('a' + RANDOM.nextInt(26));
        }
        return generate(random);
    }

    static byte[] derive(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        byte[] pw = new String(password).getBytes(StandardCharsets.UTF_8);
        try {
            generator.generateBytes(pw, out);
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
        return out;
    }
}
