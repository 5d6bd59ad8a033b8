package id.netral.devstack;

import id.netral.common.security.TokenMinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The development signing key: generated on first use into the git-ignored data folder (never
 * committed), trusted by the services that {@code ./netral up} starts, and used to mint dev tokens.
 */
public final class DevKeys {
    private final Path publicKey;
    private final Path privateKey;
    private final TokenMinter minter;

    private DevKeys(Path publicKey, Path privateKeyFile, PrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKeyFile;
        this.minter = new TokenMinter(privateKey);
    }

    /** Loads the key pair under {@code dir}, creating it the first time. */
    public static DevKeys loadOrCreate(Path dir) throws IOException {
        Path privatePem = dir.resolve("dev-private.pem");
        Path publicPem = dir.resolve("dev-public.pem");
        if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
            Files.createDirectories(dir);
            KeyPair pair = generate();
            writePem(privatePem, "PRIVATE KEY", pair.getPrivate().getEncoded());
            Files.setPosixFilePermissions(privatePem, PosixFilePermissions.fromString("rw-------"));
            writePem(publicPem, "PUBLIC KEY", pair.getPublic().getEncoded());
        }
        return new DevKeys(publicPem, privatePem, readPrivate(privatePem));
    }

    /** The PEM file of the signing key: the console's development sign-in mints with it (never leaves the data folder). */
    public Path privateKey() {
        return privateKey;
    }

    /** The PEM file the services verify tokens with. */
    public Path publicKey() {
        return publicKey;
    }

    /** A signed RS256 token with the platform's claims: groups, region and optionally agency. */
    /**
     * The token the services call each other with (role {@code service}, national scope), valid for
     * 30 days so that a long-running {@code ./netral up} keeps working; minted anew at every start.
     */
    public String serviceToken() {
        return mint(List.of("service"), "*", Duration.ofDays(30), "netral-services", null);
    }

    public String mint(List<String> roles, String region, Duration ttl, String subject, String agency) {
        return minter.mint(TokenMinter.Claims.of(roles, region, ttl, subject, agency));
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writePem(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }

    private static PrivateKey readPrivate(Path file) throws IOException {
        try {
            return TokenMinter.readPrivateKey(file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + "; run ./netral reset to regenerate", e);
        }
    }
}
